import { useState } from 'react';
import { Alert, App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client.ts';
import { startRun, type Run } from '../../api/identification.ts';

interface Props {
  open: boolean;
  jurisdictionCode: string;
  jurisdictionName: string;
  ruleSetId: string;
  ruleSetName: string;
  onClose: () => void;
  onDone: (run: Run) => void;
}

/** 开展认定: evaluates the county's whole ledger as of the chosen date. */
export function RunDialog({ open, jurisdictionCode, jurisdictionName, ruleSetId, ruleSetName, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState<Dayjs | null>(dayjs());
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();

  const run = async () => {
    if (!asOf) {
      setError('请选择认定基准日');
      return;
    }
    setRunning(true);
    setError(undefined);
    try {
      const done = await startRun({ jurisdictionCode, ruleSetId, asOf: asOf.format('YYYY-MM-DD') });
      void message.success(`认定完成，共评估 ${done.parcelCount} 宗地块`);
      onDone(done);
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : '认定失败');
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal
      open={open}
      title="开展认定"
      okText="开始认定"
      cancelText="取消"
      confirmLoading={running}
      onOk={() => void run()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        按「{ruleSetName}」对{jurisdictionName}台账中的全部地块进行闲置低效认定，结果与所用规则版本、地块事实一并保存。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="认定基准日" required extra="按该日的台账事实与期限计算，默认今天。">
          <DatePicker value={asOf} onChange={setAsOf} allowClear={false} style={{ width: 220 }} aria-label="认定基准日" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
