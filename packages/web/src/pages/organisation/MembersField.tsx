import { Button, Empty, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { OrgPosition } from '../../api/organisation.ts';
import { roleOptions } from './labels.ts';

/**
 * 成员: positions with their role in the body. People are not chosen here — whoever holds
 * the position is the member, so a 任命 changes the member without editing the body.
 */
export function MembersField({ positions }: { positions: OrgPosition[] }) {
  const options = positions.map((p) => ({
    value: p.id,
    label: `${p.unitName} · ${p.title}${p.holder ? `（${p.holder.displayName}）` : '（空缺）'}`,
  }));
  return (
    <Form.List name="members">
      {(items, { add, remove }) => (
        <div>
          <Typography.Title level={5} style={{ fontSize: 14, marginBottom: 4 }}>
            成员席位
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            成员按席位配置，任职人员随「任命」自动更新。同一席位可以不同职务列入多次。
          </Typography.Paragraph>
          {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未添加成员席位" style={{ margin: '8px 0' }} />}
          {items.map((item, i) => (
            <div key={item.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item name={[item.name, 'role']} style={{ width: 150, marginBottom: 8 }} rules={[{ required: true, message: '请选择职务' }]}>
                <Select options={roleOptions} placeholder="职务" aria-label={`第 ${i + 1} 名成员的职务`} />
              </Form.Item>
              <Form.Item name={[item.name, 'positionId']} style={{ flex: 2, minWidth: 0, marginBottom: 8 }} rules={[{ required: true, message: '请选择席位' }]}>
                <Select showSearch optionFilterProp="label" options={options} placeholder="选择单位席位" aria-label={`第 ${i + 1} 名成员的席位`} />
              </Form.Item>
              <Form.Item name={[item.name, 'note']} style={{ flex: 1, minWidth: 0, marginBottom: 8 }}>
                <Input maxLength={200} placeholder="备注（可不填）" aria-label={`第 ${i + 1} 名成员的备注`} />
              </Form.Item>
              <Button type="text" aria-label={`删除第 ${i + 1} 名成员`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'MEMBER' })} disabled={items.length >= 200}>
            添加成员席位
          </Button>
        </div>
      )}
    </Form.List>
  );
}
