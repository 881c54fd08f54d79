import { Select, type SelectProps } from 'antd';
import { enums, type EnumId } from '@panhuo/domain';

type Props = Omit<SelectProps<string>, 'options'> & { enumId: EnumId };

export function enumOptions(enumId: EnumId) {
  return Object.entries(enums[enumId] as Record<string, string>).map(([value, label]) => ({ value, label }));
}

/** A select over one of the catalogue's enumerations, by Chinese label. */
export function EnumSelect({ enumId, ...rest }: Props) {
  return <Select allowClear placeholder="请选择" optionFilterProp="label" showSearch options={enumOptions(enumId)} {...rest} />;
}
