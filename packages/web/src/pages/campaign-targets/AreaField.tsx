import { InputNumber, Select, Space, Typography } from 'antd';
import { haText, m2Text, m2ToMu, muText, muToM2 } from './figures.ts';

export type AreaUnit = 'MU' | 'HA';

/**
 * An area typed in 亩 or 公顷; the form keeps the m² it is stored as (公顷 × 10 000 exactly,
 * 亩 × 2000/3 to the stored two decimals), shown live in all three units.
 */
export function AreaField({ value, onChange, unit, onUnitChange, id }: { value?: number | null; onChange?: (m2: number | null) => void; unit: AreaUnit; onUnitChange: (u: AreaUnit) => void; id?: string }) {
  const shown = value == null ? null : unit === 'MU' ? m2ToMu(value) : Math.round(value) / 10_000;
  const toM2 = (v: number) => (unit === 'MU' ? muToM2(v) : Math.round(v * 10_000 * 100) / 100);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space.Compact>
        <InputNumber<number> id={id} min={0} precision={unit === 'MU' ? 2 : 4} value={shown} onChange={(v) => onChange?.(v == null ? null : toM2(v))} style={{ width: 220 }} />
        <Select<AreaUnit>
          value={unit}
          onChange={onUnitChange}
          options={[
            { value: 'MU', label: '亩' },
            { value: 'HA', label: '公顷' },
          ]}
          style={{ width: 90 }}
          aria-label="面积单位"
        />
      </Space.Compact>
      <Typography.Text type="secondary">
        {value == null ? '1 亩 = 2000/3 平方米，1 公顷 = 15 亩' : `= ${muText(m2ToMu(value))} = ${haText(value)} = ${m2Text(value)}（按平方米保存）`}
      </Typography.Text>
    </Space>
  );
}
