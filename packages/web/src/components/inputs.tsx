/** Inputs for catalogue field types; each is a controlled value/onChange pair for Form.Item. */
import { InputNumber, Radio, Space, Typography } from 'antd';
import { formatMu } from '@panhuo/domain';

interface ValueProps<T> {
  value?: T;
  onChange?: (value: T) => void;
  id?: string;
  disabled?: boolean;
  /** the field's label: a radio group is not a labelable element, so it is named directly */
  'aria-label'?: string;
}

/** 是 / 否 / 未知: an unknown fact stays null and is never silently turned into 否. */
export function BooleanInput({ value, onChange, id, disabled, 'aria-label': ariaLabel }: ValueProps<boolean | null>) {
  const token = value === true ? 'yes' : value === false ? 'no' : 'unknown';
  return (
    <Radio.Group
      id={id}
      role="radiogroup"
      aria-label={ariaLabel}
      disabled={disabled}
      optionType="button"
      buttonStyle="solid"
      value={token}
      onChange={(e) => onChange?.(e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)}
      options={[
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
        { value: 'unknown', label: '未知' },
      ]}
    />
  );
}

/** Area entered in m², with the 亩 equivalent shown live as the user types. */
export function AreaInput({ value, onChange, id, disabled }: ValueProps<number | null>) {
  return (
    <Space>
      <InputNumber<number>
        id={id}
        disabled={disabled}
        value={value ?? null}
        onChange={(v) => onChange?.(v)}
        style={{ width: 200 }}
        precision={2}
        suffix="m²"
        placeholder="平方米"
      />
      <Typography.Text type="secondary" className="ph-mu-hint">
        {value == null ? '≈ — 亩' : `≈ ${formatMu(value)}`}
      </Typography.Text>
    </Space>
  );
}

interface NumberProps extends ValueProps<number | null> {
  suffix?: string;
  precision?: number;
  width?: number;
}

export function NumberInput({ value, onChange, id, disabled, suffix, precision, width = 200 }: NumberProps) {
  return (
    <InputNumber<number>
      id={id}
      disabled={disabled}
      value={value ?? null}
      onChange={(v) => onChange?.(v)}
      style={{ width }}
      precision={precision}
      suffix={suffix}
    />
  );
}
