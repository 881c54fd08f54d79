import { Select, type SelectProps } from 'antd';
import { listZones } from '../api/reference.ts';
import { useRemote } from '../hooks/useRemote.ts';

type Props = Omit<SelectProps<string>, 'options' | 'loading'> & { jurisdictionCode?: string };

/** 园区: the zones of a jurisdiction (or of everything the user sees). */
export function ZoneSelect({ jurisdictionCode, ...rest }: Props) {
  const zones = useRemote(() => listZones(jurisdictionCode), [jurisdictionCode]);
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="全部园区"
      loading={zones.loading}
      notFoundContent={zones.error ? zones.error.userMessage : '暂无园区'}
      options={(zones.data ?? []).map((z) => ({ value: z.id, label: z.name }))}
      {...rest}
    />
  );
}
