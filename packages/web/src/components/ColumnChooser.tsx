import { Button, Checkbox, Divider, Dropdown, Space } from 'antd';
import { SettingOutlined } from '@ant-design/icons';

export interface ChoosableColumn {
  key: string;
  title: string;
}

interface Props {
  columns: ChoosableColumn[];
  visible: string[];
  defaults: string[];
  onChange: (keys: string[]) => void;
}

/** 列设置: a dropdown of checkboxes choosing which columns a table shows. */
export function ColumnChooser({ columns, visible, defaults, onChange }: Props) {
  return (
    <Dropdown
      trigger={['click']}
      popupRender={() => (
        <div
          style={{ background: '#fff', padding: 12, borderRadius: 6, boxShadow: '0 6px 16px rgba(0,0,0,0.12)', minWidth: 200 }}
        >
          <Checkbox.Group
            value={visible}
            onChange={(keys) => onChange(columns.map((c) => c.key).filter((k) => keys.includes(k)))}
          >
            <Space orientation="vertical" size={6}>
              {columns.map((c) => (
                <Checkbox key={c.key} value={c.key}>
                  {c.title}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
          <Divider style={{ margin: '10px 0' }} />
          <Space>
            <Button size="small" onClick={() => onChange(columns.map((c) => c.key))}>
              全选
            </Button>
            <Button size="small" onClick={() => onChange(defaults)}>
              恢复默认
            </Button>
          </Space>
        </div>
      )}
    >
      <Button icon={<SettingOutlined />}>列设置</Button>
    </Dropdown>
  );
}
