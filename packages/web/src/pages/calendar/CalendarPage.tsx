import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { deleteCalendarDay, getCalendar, putCalendarDay, type CalendarDay } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { CaseSettingsCard } from './CaseSettingsCard.tsx';
import { YearGrid } from './YearGrid.tsx';

type Choice = 'HOLIDAY' | 'WORKDAY' | 'DEFAULT';
interface Values {
  kind: Choice;
  name?: string;
}

/**
 * 工作日历: the national holidays and 调休 make-up workdays that working-day deadlines
 * (异议期, 听证申请期) count with. Weekends rest unless marked 调休上班.
 */
export default function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const year = Number(params.get('year')) || dayjs().year();
  const calendar = useRemote((signal) => getCalendar(year, signal), [year]);
  const days = useMemo(() => new Map((calendar.data?.days ?? []).map((d) => [d.date, d])), [calendar.data]);
  const [picked, setPicked] = useState<string>();
  const [initial, setInitial] = useState<Values>({ kind: 'DEFAULT' });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const pick = (date: string) => {
    const mark = days.get(date);
    setProblem(undefined);
    setInitial({ kind: mark?.kind ?? 'DEFAULT', name: mark?.name ?? '' });
    setPicked(date);
  };

  const save = async () => {
    if (!picked) return;
    const values = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      if (values.kind === 'DEFAULT') {
        if (days.has(picked)) await deleteCalendarDay(picked);
      } else {
        await putCalendarDay(picked, values.kind, values.name?.trim() ?? '');
      }
      void message.success(`${dayjs(picked).format('M月D日')}已设置`);
      setPicked(undefined);
      calendar.reload();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.userMessage : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  const holidays = (calendar.data?.days ?? []).filter((d: CalendarDay) => d.kind === 'HOLIDAY').length;
  const workdays = (calendar.data?.days ?? []).filter((d: CalendarDay) => d.kind === 'WORKDAY').length;

  return (
    <div className="ph-page">
      <PageTitle
        title="工作日历"
        extra={
          <Space>
            <Button icon={<LeftOutlined />} aria-label="上一年" onClick={() => setParams({ year: String(year - 1) })} />
            <Typography.Text strong style={{ fontSize: 16 }}>
              {year}年
            </Typography.Text>
            <Button icon={<RightOutlined />} aria-label="下一年" onClick={() => setParams({ year: String(year + 1) })} />
          </Space>
        }
      >
        <Typography.Text type="secondary">
          按工作日计算的期限（异议期、听证申请期等）按本日历计算。点击日期可设置节假日或调休上班日。
          {calendar.data && `本年已设置节假日 ${holidays} 天、调休上班 ${workdays} 天。`}
        </Typography.Text>
      </PageTitle>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        {calendar.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="日历加载失败"
            description={calendar.error.userMessage}
            action={<Button onClick={calendar.reload}>重试</Button>}
          />
        )}
        <Space size="large" style={{ marginBottom: 12, fontSize: 12 }}>
          <span>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: '#fff1f0', border: '1px solid #ffa39e', marginRight: 6 }} />
            节假日（休）
          </span>
          <span>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: '#e6f4ff', border: '1px solid #91caff', marginRight: 6 }} />
            调休上班（班）
          </span>
          <span style={{ color: '#cf1322' }}>红字：休息日</span>
        </Space>
        {calendar.loading && !calendar.data ? <PageLoading /> : <YearGrid year={year} days={days} onPick={pick} />}
      </Card>
      <CaseSettingsCard />
      <Modal
        open={picked !== undefined}
        title={picked ? `设置 ${dayjs(picked).format('YYYY年M月D日')}` : ''}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setPicked(undefined)}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={problem} />}
        <Form<Values> key={picked} form={form} layout="vertical" preserve={false} initialValues={initial}>
          <Form.Item name="kind" label="类型">
            <Radio.Group
              options={[
                { value: 'HOLIDAY', label: '节假日' },
                { value: 'WORKDAY', label: '调休上班' },
                { value: 'DEFAULT', label: '恢复默认' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') !== 'DEFAULT' && (
                <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称，如：春节' }]}>
                  <Input maxLength={30} placeholder="如：春节、国庆节调休" />
                </Form.Item>
              )
            }
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
