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

/** What Form.Item injects into its child: the control must pass it on to the real input. */
interface ControlProps {
  def: FieldDef;
  width?: number;
  id?: string;
  value?: never;
  onChange?: never;
}

/** One catalogue field as a form control chosen by its type. */
export function FieldControl({ def, width, ...injected }: ControlProps) {
  switch (def.type) {
    case 'string':
      return <Input {...injected} maxLength={200} style={{ width: width ?? '100%' }} allowClear />;
    case 'text':
      return <Input.TextArea {...injected} maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />;
    case 'date':
      return <DatePicker {...injected} style={{ width: width ?? 200 }} placeholder="选择日期" />;
    case 'area':
      return <AreaInput {...injected} />;
    case 'money':
      // no fixed precision: 1929.45 stays 1929.45; finer than a fen is refused by the rule
      return <NumberInput {...injected} suffix="万元" width={width} />;
    case 'percent':
      return <NumberInput {...injected} suffix="%" width={width} />;
    case 'integer':
      return <NumberInput {...injected} precision={0} width={width} />;
    case 'decimal':
      return <NumberInput {...injected} width={width} />;
    case 'boolean':
      return <BooleanInput {...injected} aria-label={def.labelZh} />;
    case 'enum':
      return <EnumSelect {...injected} enumId={def.enumId!} style={{ width: width ?? '100%' }} />;
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
