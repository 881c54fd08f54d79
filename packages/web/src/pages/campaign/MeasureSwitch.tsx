import { Segmented } from 'antd';
import { measureUnit, type Measure } from './figures.ts';

/** 按亩 / 按宗: which figure a chart shows; hidden when only one is available. */
export function MeasureSwitch({ value, onChange, options }: { value: Measure; onChange: (m: Measure) => void; options: readonly Measure[] }) {
  if (options.length < 2) return null;
  return (
    <Segmented<Measure>
      size="small"
      value={value}
      onChange={onChange}
      options={options.map((m) => ({ value: m, label: `按${measureUnit[m]}` }))}
    />
  );
}
