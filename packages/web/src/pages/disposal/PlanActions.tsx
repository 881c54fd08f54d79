import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { runPlanAction, type Plan, type PlanActionInput } from '../../api/disposal.ts';
import { useCan } from '../../session/session.tsx';
import { TERMINAL_MEASURE } from './labels.tsx';
import { isConflict, refusalText } from './problems.ts';
import { afterToday, chinaToday } from './today.ts';

type Dialog = 'approve' | 'return' | undefined;

interface ApproveValues {
  decidedOn: Dayjs;
  bodyName: string;
  docNo?: string;
  opinionZh: string;
}

/**
 * The plan's own steps (D3): 提交审批 and 结案 by those who write plans, 审批通过 / 退回 by
 * the leaders. Each refusal shows the server's reason; a concurrent change reloads the plan.
 */
export function PlanActions({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [approveForm] = Form.useForm<ApproveValues>();
  const [returnForm] = Form.useForm<{ reasonZh: string }>();

  const run = async (input: PlanActionInput, done: string) => {
    setSaving(true);
    setRefusal(undefined);
    try {
      await runPlanAction(plan.id, { ...input, version: plan.version });
      void message.success(done);
      setDialog(undefined);
      onChanged();
    } catch (err) {
      if (isConflict(err)) {
        void message.warning('该方案刚被他人修改，已加载最新情况，请确认后重新操作。');
        setDialog(undefined);
        onChanged();
      } else if (dialog) {
        setRefusal(refusalText(err));
      } else {
        modal.error({ title: '不能办理', content: refusalText(err) });
      }
    } finally {
      setSaving(false);
    }
  };

  const confirm = (title: string, content: string, input: PlanActionInput, done: string) =>
    modal.confirm({ title, content, okText: '确定', cancelText: '取消', onOk: () => run(input, done) });

  const open = (d: Dialog) => {
    setRefusal(undefined);
    setDialog(d);
  };

  const openMeasures = plan.measures.filter((m) => !TERMINAL_MEASURE.has(m.status)).length;
  const buttons = [];
  if (plan.status === 'DRAFT' && can('disposal:write')) {
    buttons.push(
      plan.measures.length === 0 ? (
        <Tooltip key="submit" title="方案至少要有一项处置措施">
          <Button disabled>提交审批</Button>
        </Tooltip>
      ) : (
        <Button key="submit" type="primary" onClick={() => confirm('提交审批', '提交后方案内容不能再修改，确定提交审批？', { action: 'submit' }, '已提交审批')}>
          提交审批
        </Button>
      ),
    );
  }
  if (plan.status === 'SUBMITTED' && can('disposal:approve')) {
    buttons.push(
      <Button key="approve" type="primary" onClick={() => open('approve')}>
        审批通过
      </Button>,
      <Button key="return" danger onClick={() => open('return')}>
        退回修改
      </Button>,
    );
  }
  if (plan.status === 'APPROVED' && can('disposal:write')) {
    buttons.push(
      openMeasures > 0 ? (
        <Tooltip key="close" title={`尚有 ${openMeasures} 项措施未办结（须全部盘活、升级处置、未能盘活或撤销）`}>
          <Button disabled>结案</Button>
        </Tooltip>
      ) : (
        <Button key="close" onClick={() => confirm('结案', '全部措施已办结，确定结案？', { action: 'close' }, '方案已结案')}>
          结案
        </Button>
      ),
    );
  }
  if (buttons.length === 0) return null;

  return (
    <>
      <Space wrap>
        <Typography.Text type="secondary">方案办理：</Typography.Text>
        {buttons}
      </Space>
      <Modal
        open={dialog === 'approve'}
        title={`审批通过 — ${plan.planNo}`}
        okText="确认批准"
        cancelText="取消"
        confirmLoading={saving}
        destroyOnHidden
        onCancel={() => setDialog(undefined)}
        onOk={() =>
          void approveForm
            .validateFields()
            .then((v) =>
              run(
                {
                  action: 'approve',
                  decidedOn: v.decidedOn.format('YYYY-MM-DD'),
                  bodyName: v.bodyName.trim(),
                  docNo: v.docNo?.trim() || undefined,
                  opinionZh: v.opinionZh.trim(),
                },
                '方案已批准',
              ),
            )
            .catch(() => undefined)
        }
      >
        {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="不能批准" description={refusal} />}
        <Form form={approveForm} layout="vertical" preserve={false} initialValues={{ decidedOn: chinaToday(), bodyName: '领导小组' }}>
          <Form.Item name="bodyName" label="审批机构" rules={[{ required: true, whitespace: true, message: '请填写审批机构' }]}>
            <Input maxLength={100} placeholder="例如：领导小组、县人民政府" />
          </Form.Item>
          <Form.Item name="decidedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]}>
            <DatePicker style={{ width: 200 }} disabledDate={afterToday} />
          </Form.Item>
          <Form.Item name="docNo" label="批准文号">
            <Input maxLength={60} style={{ width: 260 }} placeholder="选填，例如：会议纪要〔2026〕5号" />
          </Form.Item>
          <Form.Item name="opinionZh" label="审批意见" rules={[{ required: true, whitespace: true, message: '请填写审批意见' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'return'}
        title={`退回修改 — ${plan.planNo}`}
        okText="退回"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={saving}
        destroyOnHidden
        onCancel={() => setDialog(undefined)}
        onOk={() =>
          void returnForm
            .validateFields()
            .then((v) => run({ action: 'return', reasonZh: v.reasonZh.trim() }, '方案已退回修改'))
            .catch(() => undefined)
        }
      >
        {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="不能退回" description={refusal} />}
        <Form form={returnForm} layout="vertical" preserve={false}>
          <Form.Item name="reasonZh" label="退回理由" rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}>
            <Input.TextArea rows={4} maxLength={1000} showCount placeholder="需要修改的内容" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
