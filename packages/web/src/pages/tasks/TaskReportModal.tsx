import { useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { createTaskReport, type Task, type UploadedFile } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';
import { FilesField } from '../disposal/FilesField.tsx';
import { refusalText } from '../disposal/problems.ts';
import { afterToday, chinaToday } from '../disposal/today.ts';

interface Values {
  reportedOn: Dayjs;
  progressZh: string;
  problemsZh?: string;
  nextStepsZh?: string;
  done: boolean;
  files: UploadedFile[];
}

interface Props {
  task: Task | undefined;
  onClose: () => void;
  onReported: () => void;
}

/** 汇报进展: what was done this week, what stands in the way, what comes next; 已完成 closes the task. */
export function TaskReportModal({ task, onClose, onReported }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const submit = async () => {
    if (!task) return;
    const v = await form.validateFields();
    setSaving(true);
    setRefusal(undefined);
    try {
      await createTaskReport(task.id, {
        reportedOn: v.reportedOn.format('YYYY-MM-DD'),
        progressZh: v.progressZh.trim(),
        problemsZh: v.problemsZh?.trim() || undefined,
        nextStepsZh: v.nextStepsZh?.trim() || undefined,
        done: v.done,
        fileIds: v.files.map((f) => f.id),
      });
      void message.success(v.done ? '已汇报，任务已完成' : '已汇报进展');
      onReported();
    } catch (err) {
      setRefusal(refusalText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={task !== undefined}
      title="汇报进展"
      okText="提交"
      cancelText="取消"
      width={640}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => open && setRefusal(undefined)}
    >
      {task && (
        <Typography.Paragraph type="secondary">
          {task.titleZh}（{task.planNo} · {task.parcelCode} {task.parcelName}），截止 {formatDate(task.dueOn)}
        </Typography.Paragraph>
      )}
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能提交" description={refusal} />}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ reportedOn: chinaToday(), done: false, files: [] }}>
        <Form.Item name="reportedOn" label="汇报日期" rules={[{ required: true, message: '请选择汇报日期' }]}>
          <DatePicker style={{ width: 200 }} disabledDate={afterToday} />
        </Form.Item>
        <Form.Item name="progressZh" label="本周进展" rules={[{ required: true, whitespace: true, message: '请填写本周进展' }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="problemsZh" label="存在问题">
          <Input.TextArea rows={2} maxLength={4000} showCount placeholder="选填" />
        </Form.Item>
        <Form.Item name="nextStepsZh" label="下步打算">
          <Input.TextArea rows={2} maxLength={4000} showCount placeholder="选填" />
        </Form.Item>
        <Form.Item name="done" valuePropName="checked">
          <Checkbox>任务已完成（以汇报日期为完成日期）</Checkbox>
        </Form.Item>
        <Form.Item name="files" label="附件">
          <FilesField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
