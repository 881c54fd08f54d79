import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { runCaseAction, type AllowedAction, type CaseDetail } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ActionFields, toActionInput } from './ActionFields.tsx';

interface Props {
  detail: CaseDetail;
  canWrite: boolean;
  canReview: boolean;
  onChanged: (next?: CaseDetail) => void;
}

/** Actions a leader takes rather than the case officer. */
const REVIEW_ACTIONS = new Set(['groupReview']);

/** Dates that are usually today when the act is recorded (service, receipt, meeting…); the user changes them otherwise. */
function todayDefaults() {
  const today = dayjs();
  return {
    servedOn: today,
    receivedOn: today,
    publishedOn: today,
    requestedOn: today,
    paidOn: today,
    filedOn: today,
    concludedOn: today,
    deregisteredOn: today,
    meeting: { heldOn: today },
  };
}

/** Criteria the case was opened on (from the identification result), offered for 填表上报. */
function originCriteria(detail: CaseDetail): string[] {
  const met = detail.origin?.metCriteria;
  return Array.isArray(met) ? met.filter((c): c is string => typeof c === 'string') : [];
}

/**
 * The actions the server allows now, as buttons; the others greyed with the rule that
 * stops them. Each opens its form; a refusal shows the server's reason, a concurrent change
 * reloads the case.
 */
export function CaseActions({ detail, canWrite, canReview, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [active, setActive] = useState<AllowedAction>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const mayRun = (a: AllowedAction) => (REVIEW_ACTIONS.has(a.action) ? canReview || canWrite : canWrite);
  const shown = detail.allowedActions.filter(mayRun);
  if (shown.length === 0) return null;

  const open = (a: AllowedAction) => {
    setRefusal(undefined);
    setActive(a);
  };

  const submit = async () => {
    if (!active) return;
    const values = await form.validateFields();
    const input = toActionInput(values);
    const opinion = typeof input.opinion === 'string' ? input.opinion : undefined;
    setSaving(true);
    setRefusal(undefined);
    try {
      const next = await runCaseAction(detail.id, { action: active.action, version: detail.version, opinion, input });
      void message.success(`${active.label}：已办理`);
      setActive(undefined);
      onChanged(next);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 409) {
        void message.warning('该案件刚被他人办理，已加载最新情况，请确认后重新操作。');
        setActive(undefined);
        onChanged();
      } else if (err.status === 422) {
        const reason = typeof err.body.reason === 'string' ? err.body.reason : err.userMessage;
        setRefusal(reason);
      } else if (err.status === 400 && err.errors.length > 0) {
        setRefusal(err.errors.map((e) => e.message).join('；'));
      } else {
        setRefusal(err.userMessage);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Space wrap>
        <Typography.Text type="secondary">可办理：</Typography.Text>
        {shown.map((a) =>
          a.allowed ? (
            <Button key={a.action} type={a.action === 'clear' ? 'default' : 'primary'} danger={a.action === 'clear'} onClick={() => open(a)}>
              {a.label}
            </Button>
          ) : (
            <Tooltip key={a.action} title={a.reason ?? '当前环节不能办理'}>
              <Button disabled>{a.label}</Button>
            </Tooltip>
          ),
        )}
      </Space>
      <Modal
        open={active !== undefined}
        title={active ? `${active.label} — ${detail.caseNo}` : ''}
        okText="确认办理"
        cancelText="取消"
        width={640}
        confirmLoading={saving}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setActive(undefined)}
        destroyOnHidden
      >
        {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="不能办理" description={refusal} />}
        {active && (
          <Form form={form} layout="vertical" preserve={false} initialValues={todayDefaults()}>
            <ActionFields profileId={detail.profileId} action={active.action} serves={active.serves} documents={detail.documents} criteria={originCriteria(detail)} />
          </Form>
        )}
      </Modal>
    </>
  );
}
