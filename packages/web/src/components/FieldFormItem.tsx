import { DatePicker, Form, Input } from 'antd';
import type { FormRule as Rule } from 'antd';
import type { FieldDef } from '@panhuo/domain';
import { parseFormValue, type FormValue } from '../format/formValues.ts';
import { EnumSelect } from './EnumSelect.tsx';
import { AreaInput, BooleanInput, NumberInput } from './inputs.tsx';

interface Props {
  def: FieldDef;
  /** where the field lives in the form values, e.g. ['fields'] or ['years', 2] */
  parent: (string | number)[];
  /** more checks beyond the field's own (cross-field rules) */
  extraRules?: Rule[];
  /** compact rendering in a table cell: no label */
  bare?: boolean;
}

/** One catalogue field as a form control chosen by its type. */
export function FieldControl({ def, width }: { def: FieldDef; width?: number }) {
  switch (def.type) {
    case 'string':
      return <Input maxLength={200} style={{ width: width ?? '100%' }} allowClear />;
    case 'text':
      return <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />;
    case 'date':
      return <DatePicker style={{ width: width ?? 200 }} placeholder="选择日期" />;
    case 'area':
      return <AreaInput />;
    case 'money':
      return <NumberInput suffix="万元" precision={6} width={width} />;
    case 'percent':
      return <NumberInput suffix="%" precision={4} width={width} />;
    case 'integer':
      return <NumberInput precision={0} width={width} />;
    case 'decimal':
      return <NumberInput width={width} />;
    case 'boolean':
      return <BooleanInput />;
    case 'enum':
      return <EnumSelect enumId={def.enumId!} style={{ width: width ?? '100%' }} />;
  }
}

export function fieldRule(def: FieldDef): Rule {
  return {
    validator: (_rule, value: FormValue) => {
      const parsed = parseFormValue(def, value);
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.messageZh));
    },
  };
}

export function FieldFormItem({ def, parent, extraRules = [], bare }: Props) {
  return (
    <Form.Item
      name={[...parent, def.key]}
      label={bare ? undefined : def.labelZh}
      required={def.required}
      tooltip={bare ? undefined : def.hintZh}
      rules={[fieldRule(def), ...extraRules]}
      style={bare ? { marginBottom: 0 } : undefined}
    >
      <FieldControl def={def} width={bare ? 140 : undefined} />
    </Form.Item>
  );
}
