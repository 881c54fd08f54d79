import { Select, type SelectProps } from 'antd';
import type { Jurisdiction } from '../api/types.ts';

type Props = Omit<SelectProps<string>, 'options'> & { jurisdictions: Jurisdiction[] };

export function JurisdictionSelect({ jurisdictions, ...rest }: Props) {
  return (
    <Select
      showSearch
      optionFilterProp="label"
      placeholder="请选择行政区"
      options={jurisdictions.map((j) => ({ value: j.code, label: `${j.name}（${j.code}）` }))}
      {...rest}
    />
  );
}
