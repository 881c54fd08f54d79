import { InputNumber } from 'antd';

/**
 * 退让距离 of the vacant-land measurement, in metres: 0–100 as the server accepts, one
 * decimal. Empty (null) leaves it to the map settings.
 */
export function SetbackInput({ value, onChange, placeholder, width = 130 }: { value: number | null; onChange: (v: number | null) => void; placeholder?: string; width?: number }) {
  return (
    <InputNumber
      aria-label="退让距离（米）"
      min={0}
      max={100}
      step={1}
      precision={1}
      suffix="米"
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      style={{ width }}
    />
  );
}
