import { Button, Form, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

/** 主要职责: one item per line of the founding document, kept in order. */
export function DutiesField() {
  return (
    <Form.List name="duties">
      {(items, { add, remove }) => (
        <div style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ fontSize: 14 }}>
            主要职责
          </Typography.Title>
          {items.map((item, i) => (
            <div key={item.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Typography.Text type="secondary" style={{ width: 24, lineHeight: '32px', textAlign: 'right' }}>
                {i + 1}.
              </Typography.Text>
              <Form.Item name={item.name} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '职责不能为空，不需要请删除此项' }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="如：负责协调处理攻坚过程中的信访、维稳事项" />
              </Form.Item>
              <Button type="text" aria-label={`删除第 ${i + 1} 项职责`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={items.length >= 50}>
            添加职责
          </Button>
        </div>
      )}
    </Form.List>
  );
}
