import { Alert, Button, Form, Radio, Select, Space } from 'antd';
import { sridNameZh } from '@panhuo/domain';
import { sridForZone, ZONE_OPTIONS } from './zoneChoice.ts';

export interface ZoneChoice {
  zone?: number;
  prefixed: boolean;
}

/** Asks for the 3° zone when the file's coordinates do not tell their central meridian. */
export function ZoneChooser({
  value,
  onChange,
  onCheck,
  busy,
}: {
  value: ZoneChoice;
  onChange: (v: ZoneChoice) => void;
  onCheck: (srid: number) => void;
  busy: boolean;
}) {
  const srid = value.zone === undefined ? null : sridForZone(value.zone, value.prefixed);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="无法从文件判断坐标所在的投影带，请选择后重新预检"
      description={
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <span>
            文件中的横坐标（X，东向）在 500 000 米左右，说明是不带带号的 3 度带高斯-克吕格坐标，但文件没有注明中央经线。
            请向提供数据的测绘单位确认，或查看原数据的坐标系说明（如 .prj 文件、测绘报告中的“中央子午线”）。
          </span>
          <Space wrap align="center">
            <Form.Item label="投影带" style={{ margin: 0 }}>
              <Select
                aria-label="投影带"
                placeholder="请选择 3 度带"
                style={{ width: 360 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={value.zone}
                onChange={(zone: number) => onChange({ ...value, zone })}
                options={ZONE_OPTIONS.map((z) => ({ value: z.zone, label: z.label }))}
              />
            </Form.Item>
            <Radio.Group value={value.prefixed} onChange={(e) => onChange({ ...value, prefixed: e.target.value as boolean })}>
              <Radio value={false}>横坐标不带带号（6 位整数）</Radio>
              <Radio value={true}>横坐标带带号（8 位整数）</Radio>
            </Radio.Group>
            <Button type="primary" disabled={srid === null} loading={busy} onClick={() => srid !== null && onCheck(srid)}>
              按此坐标系重新预检
            </Button>
          </Space>
          {srid !== null && <span>将按 {sridNameZh(srid)} 读取</span>}
        </Space>
      }
    />
  );
}
