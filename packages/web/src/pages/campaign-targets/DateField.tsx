import { DatePicker, Form } from 'antd';
import type { FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** A date kept in the form as the API's YYYY-MM-DD string, picked with antd's calendar. */
export function DateField({ placeholder, ...item }: FormItemProps & { placeholder?: string }) {
  return (
    <Form.Item
      {...item}
      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })}
      normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker placeholder={placeholder ?? '选择日期'} style={{ width: '100%' }} />
    </Form.Item>
  );
}
