import { Descriptions } from 'antd';
import type { FieldDef } from '@panhuo/domain';
import type { FieldValues } from '../api/types.ts';
import { FieldValue } from './FieldValue.tsx';

interface Props {
  defs: FieldDef[];
  values: FieldValues | null | undefined;
  title?: string;
}

/** A read-only label/value grid of catalogue fields, two per row as on the paper forms. */
export function FieldDescriptions({ defs, values, title }: Props) {
  return (
    <Descriptions
      title={title}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
      styles={{ label: { width: 220 } }}
      items={defs.map((def) => ({
        key: def.key,
        label: def.labelZh,
        span: def.type === 'text' ? 'filled' : 1,
        children: <FieldValue def={def} value={values?.[def.key]} />,
      }))}
    />
  );
}
