import { RefusalModal } from './RefusalAlert.tsx';
import { useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { MAX_WEEKLY_TASKS, weeklyTasks } from '@panhuo/domain';
import { createTasks, type Plan } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';
import { PositionSelect } from './OrgSelects.tsx';
import { refusalText } from './problems.ts';
import { chinaToday } from './today.ts';

interface Values {
  mode: 'ONE' | 'WEEKLY';
  titleZh: string;
  dueOn: Dayjs;
  weeks?: number;
  measureId?: string;
  positionId: string;
}

/** 第1周 … 第N周, seven days apart, exactly as the server will make them (the domain's weeklyTasks). */
function WeeklyPreview({ first, weeks }: { first: Dayjs | undefined; weeks: number | undefined }) {
  if (!first || !Number.isInteger(weeks) || !weeks || weeks < 1 || weeks > MAX_WEEKLY_TASKS) return null;
  const list = weeklyTasks({ titleZh: '任务', firstDueOn: first.format('YYYY-MM-DD'), weeks });
  const last = list[list.length - 1]!;
  return (
    <Typography.Text type="secondary">
      将生成 {weeks} 项任务：第1周 {formatDate(list[0]!.dueOn)} 截止{weeks > 1 && ` … 第${weeks}周 ${formatDate(last.dueOn)} 截止`}
    </Typography.Text>
  );
}

interface Props {
  plan: Plan;
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/** 添加任务: one dated task, or a piece of work broken down by week (把整改任务分解到周), for a seat. */
export function NewTaskModal({ plan, open, onClose, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const mode = Form.useWatch('mode', form);
  const first = Form.useWatch('dueOn', form);
  const weeks = Form.useWatch('weeks', form);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setRefusal(undefined);
    const common = { measureId: v.measureId || undefined, positionId: v.positionId };
    try {
      const created = await createTasks(
        plan.id,
        v.mode === 'WEEKLY'
          ? { ...common, weekly: { titleZh: v.titleZh.trim(), firstDueOn: v.dueOn.format('YYYY-MM-DD'), weeks: v.weeks ?? 1 } }
          : { ...common, titleZh: v.titleZh.trim(), dueOn: v.dueOn.format('YYYY-MM-DD') },
      );
      void message.success(`已添加 ${created.length} 项任务`);
      onCreated();
    } catch (err) {
      setRefusal(refusalText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <RefusalModal
      open={open}
      title={`添加任务 — ${plan.planNo}`}
      okText="添加"
      width={640}
      saving={saving}
      refusal={refusal}
      clearRefusal={() => setRefusal(undefined)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ mode: 'WEEKLY', weeks: 4, dueOn: chinaToday().add(7, 'day'), positionId: plan.leader.id }}
      >
        <Form.Item name="mode" label="方式">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'WEEKLY', label: '按周分解' },
              { value: 'ONE', label: '单项任务' },
            ]}
          />
        </Form.Item>
        <Form.Item name="titleZh" label="任务名称" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]} extra={mode === 'WEEKLY' ? '每周任务名称前自动加「第N周：」' : undefined}>
          <Input maxLength={200} placeholder="例如：督促企业完成规划设计方案报批" />
        </Form.Item>
        <Form.Item name="dueOn" label={mode === 'WEEKLY' ? '第1周完成日期' : '完成日期'} rules={[{ required: true, message: '请选择完成日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        {mode === 'WEEKLY' && (
          <Form.Item label="周数" required extra={<WeeklyPreview first={first} weeks={weeks} />}>
            <Form.Item name="weeks" noStyle rules={[{ required: true, message: '请填写周数' }]}>
              <InputNumber<number> aria-label="周数" min={1} max={MAX_WEEKLY_TASKS} precision={0} suffix="周" style={{ width: 120 }} />
            </Form.Item>
          </Form.Item>
        )}
        <Form.Item name="positionId" label="责任席位" rules={[{ required: true, message: '请选择责任席位' }]} extra="任务落实到席位，由当日任职人员负责">
          <PositionSelect />
        </Form.Item>
        <Form.Item name="measureId" label="所属措施">
          <Select
            allowClear
            placeholder="选填：任务属于哪项措施"
            options={plan.measures.map((m) => ({ value: m.id, label: `${m.ordinal}. ${m.methodNameZh}` }))}
          />
        </Form.Item>
      </Form>
    </RefusalModal>
  );
}
