import { Alert, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DateField } from './DateField.tsx';
import { figuresText, periodsTotal, totalMismatches } from './figures.ts';
import type { PeriodInput } from './types.ts';

interface Props {
  form: FormInstance;
}

/** The next period after the last one: a quarter later, numbered on. */
function nextPeriod(periods: Array<Partial<PeriodInput> | undefined>): Partial<PeriodInput> {
  const n = periods.length + 1;
  return { id: `P${n}`, labelZh: `第${n}期` };
}

/**
 * 分期: one editable row per period (编号, 名称, 截止日期, 宗, 亩), rows added and removed,
 * and what the periods come to against the stated total, live — a warning while they
 * differ; the server refuses to save them so.
 */
export function PeriodsField({ form }: Props) {
  const periods = (Form.useWatch('periods', form) as Array<Partial<PeriodInput> | undefined> | undefined) ?? [];
  const basis = (Form.useWatch('basis', form) as 'INCREMENTAL' | 'CUMULATIVE' | undefined) ?? 'INCREMENTAL';
  const total = Form.useWatch('total', form) as { parcels?: number | null; areaMu?: number | null } | undefined;
  const sum = periodsTotal(periods, basis);
  const stated = { parcels: total?.parcels ?? undefined, areaMu: total?.areaMu ?? undefined };
  const mismatches = totalMismatches(sum, stated, basis);

  return (
    <div className="ph-periods">
      <div className="ph-periods-head" aria-hidden>
        <span>编号</span>
        <span>分期名称</span>
        <span>截止日期（含当日）</span>
        <span>宗数</span>
        <span>面积（亩）</span>
        <span />
      </div>
      <Form.List name="periods" rules={[{ validator: async (_, v: unknown[] | undefined) => (v && v.length > 0 ? undefined : Promise.reject(new Error('至少要有一个分期'))) }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div className="ph-periods-row" key={field.key} role="group" aria-label={`第 ${index + 1} 期`}>
                <Form.Item name={[field.name, 'id']} rules={[{ required: true, message: '请填写编号' }, { pattern: /^[A-Za-z0-9-]{1,20}$/, message: '字母、数字或连字符' }]}>
                  <Input placeholder="如 2026Q2" aria-label={`第 ${index + 1} 期编号`} />
                </Form.Item>
                <Form.Item name={[field.name, 'labelZh']} rules={[{ required: true, whitespace: true, message: '请填写分期名称' }]}>
                  <Input placeholder="如 2026年二季度" aria-label={`第 ${index + 1} 期名称`} maxLength={40} />
                </Form.Item>
                <DateField name={[field.name, 'endDate']} rules={[{ required: true, message: '请选择截止日期' }]} placeholder="截止日期" />
                <Form.Item name={[field.name, 'parcels']}>
                  <InputNumber min={0} precision={0} placeholder="宗" style={{ width: '100%' }} aria-label={`第 ${index + 1} 期宗数`} />
                </Form.Item>
                <Form.Item name={[field.name, 'areaMu']}>
                  <InputNumber min={0} precision={2} placeholder="亩" style={{ width: '100%' }} aria-label={`第 ${index + 1} 期面积（亩）`} />
                </Form.Item>
                <Form.Item name={[field.name, 'wordingZh']} hidden>
                  <Input />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} aria-label={`删除第 ${index + 1} 期`} />
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(nextPeriod(periods))} block>
              添加一期
            </Button>
          </>
        )}
      </Form.List>

      <Space wrap align="start" className="ph-periods-total">
        <span className="ph-periods-total-label">总目标</span>
        <Form.Item name={['total', 'parcels']} label="宗数" style={{ marginBottom: 0 }}>
          <InputNumber min={0} precision={0} placeholder="宗" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name={['total', 'areaMu']} label="面积（亩）" style={{ marginBottom: 0 }}>
          <InputNumber min={0} precision={2} placeholder="亩" style={{ width: 160 }} />
        </Form.Item>
        <Typography.Text type="secondary" className="ph-periods-sum">
          {basis === 'INCREMENTAL' ? '各期合计' : '末期累计'}：{figuresText(sum)}
        </Typography.Text>
      </Space>
      {mismatches.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title="分期数字与总目标不一致，无法保存"
          description={mismatches.join('；')}
        />
      )}
    </div>
  );
}
