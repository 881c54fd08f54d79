import { useState } from 'react';
import { App, Button, Card, Collapse, Descriptions, Space, Steps, Timeline, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { Measure, MeasureActionName, MeasureActionResult, MeasureStatus, Plan } from '../../api/disposal.ts';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { evidenceKindLabels, measureStatusLabels } from '@panhuo/domain';
import { areaText, DueDate, MeasureStatusTag, measurePath, TERMINAL_MEASURE } from './labels.tsx';
import { FileLinks } from './FilesField.tsx';
import { MeasureActionModal } from './MeasureActionModal.tsx';
import { MeasureData } from './MeasureData.tsx';
import { MeasureFormModal } from './MeasureFormModal.tsx';
import { measureActionDefs } from './measureActions.ts';

const OUTCOME_TITLE: Partial<Record<MeasureStatus, string>> = { ESCALATED: '升级理由', FAILED: '未能盘活原因', CANCELLED: '撤销理由' };

/** Where the measure stands on its path; an escalated, failed or cancelled one stops in red at its last step. */
function MeasureSteps({ measure }: { measure: Measure }) {
  const signed = measure.events.some((e) => e.toStatus === 'AGREEMENT_SIGNED');
  const path = measurePath(takesAgreement(measure) || signed);
  const stoppedOff = !path.includes(measure.status);
  // the last status on the path the events passed through
  const reached = stoppedOff
    ? Math.max(0, ...measure.events.map((e) => path.indexOf(e.fromStatus ?? 'PLANNED')))
    : path.indexOf(measure.status);
  return (
    <Steps
      size="small"
      current={reached}
      status={stoppedOff ? 'error' : measure.status === 'REVITALISED' ? 'finish' : 'process'}
      items={path.map((s, i) => ({
        title: measureStatusLabels[s],
        content: i === reached && stoppedOff ? measureStatusLabels[measure.status] : undefined,
      }))}
    />
  );
}

function MeasureEvents({ measure }: { measure: Measure }) {
  if (measure.events.length === 0) return <Typography.Text type="secondary">尚无办理记录</Typography.Text>;
  return (
    <Timeline
      items={measure.events.map((e) => ({
        key: e.id,
        content: (
          <div>
            <strong>{e.actionZh}</strong> {formatDate(e.on)}
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {e.actorName ?? ''} 记录于 {formatDateTime(e.createdAt)}
            </Typography.Text>
            {typeof e.detail?.reasonZh === 'string' && <div>理由：{e.detail.reasonZh}</div>}
          </div>
        ),
      }))}
    />
  );
}

interface Props {
  measure: Measure;
  plan: Plan;
  /** today, for the measure's deadline */
  today: string;
  canWrite: boolean;
  onChanged: () => void;
}

const takesAgreement = (m: Measure) => (m.agreementTypes?.length ?? 0) > 0;

/** Steps past 协商 need the approved plan (D3 before D4); the server says so too, but the button says it first. */
const NEED_APPROVED_PLAN: ReadonlySet<MeasureActionName> = new Set(['signAgreement', 'startExecution', 'startMonitoring', 'revitalise']);

/** One measure: its path, data, legal basis and history, and the steps it may take next. */
export function MeasureCard({ measure, plan, today, canWrite, onChanged }: Props) {
  const { message, modal } = App.useApp();
  const [action, setAction] = useState<MeasureActionName>();
  const [editing, setEditing] = useState(false);
  const concluded = TERMINAL_MEASURE.has(measure.status);
  // the steps the server allows from the measure's state; it checks the plan and the input when one is taken
  // a method without an agreement type has no agreement to sign (the domain refuses it)
  const actions = canWrite
    ? measure.allowedActions.filter((a) => a.action in measureActionDefs && (a.action !== 'signAgreement' || takesAgreement(measure)))
    : [];

  const done = (result?: MeasureActionResult) => {
    const label = action ? measureActionDefs[action].label : '';
    setAction(undefined);
    onChanged();
    if (!result) {
      void message.warning('该措施刚被他人办理，已加载最新情况，请确认后重新操作。');
      return;
    }
    if (result.followUp || result.blacklistEntry) {
      modal.info({
        title: '已升级处置',
        width: 560,
        content: (
          <Space orientation="vertical">
            {result.blacklistEntry && (
              <div>
                <strong>{result.blacklistEntry.enterpriseName}</strong> 已于 {formatDate(result.blacklistEntry.listedOn)} 列入全县社会信用黑名单。
                <div style={{ color: 'rgba(0,0,0,0.65)' }}>
                  依据：{result.blacklistEntry.basisZh}——{result.blacklistEntry.sourceZh}
                </div>
              </div>
            )}
            {result.followUp && (
              <div>
                已转入后续措施：<strong>{result.followUp.methodNameZh}</strong>（{result.followUp.methodCode}），状态「
                {measureStatusLabels[result.followUp.status]}」。
              </div>
            )}
          </Space>
        ),
      });
    } else {
      void message.success(`${label}：已办理`);
    }
  };

  const evidence = measure.evidence;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          <span>
            {measure.ordinal}. {measure.methodNameZh}
          </span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {measure.methodCode}
          </Typography.Text>
          <MeasureStatusTag status={measure.status} />
          {measure.escalatedFromId && <Typography.Text type="secondary">（由升级处置转入）</Typography.Text>}
        </Space>
      }
      extra={
        measure.deadline && (
          <span>
            时限：<DueDate on={measure.deadline} overdue={!concluded && measure.deadline < today} />
          </span>
        )
      }
    >
      <div style={{ margin: '4px 0 16px' }}>
        <MeasureSteps measure={measure} />
      </div>
      <MeasureData data={measure} />
      {evidence && measure.status === 'REVITALISED' && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 8 }}
          items={[
            {
              key: 'revitalised',
              label: '盘活认定',
              children: `${formatDate(measure.revitalisedOn ?? evidence.on)}，${evidence.kindZh || evidenceKindLabels[evidence.kind] || evidence.kind}，盘活面积 ${
                measure.revitalisedArea_m2 != null ? areaText(measure.revitalisedArea_m2) : '—'
              }${evidence.referenceZh ? `，证明文件 ${evidence.referenceZh}` : ''}${evidence.noteZh ? `；${evidence.noteZh}` : ''}`,
            },
            ...(evidence.files.length > 0 ? [{ key: 'files', label: '证明材料', children: <FileLinks files={evidence.files} /> }] : []),
          ]}
        />
      )}
      {measure.outcomeReason && OUTCOME_TITLE[measure.status] && (
        <Descriptions size="small" column={1} items={[{ key: 'outcome', label: OUTCOME_TITLE[measure.status], children: measure.outcomeReason }]} />
      )}
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'basis',
            label: '政策依据',
            children: <div style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.65)' }}>{measure.legalBasis}</div>,
          },
          { key: 'events', label: `办理记录（${measure.events.length}）`, children: <MeasureEvents measure={measure} /> },
        ]}
      />
      {canWrite && !concluded && (
        <Space wrap style={{ marginTop: 8 }}>
          {actions.map(({ action: a, labelZh }) => {
            const danger = measureActionDefs[a].danger;
            const blocked = plan.status !== 'APPROVED' && NEED_APPROVED_PLAN.has(a);
            const button = (
              <Button key={a} danger={danger} type={danger ? 'default' : 'primary'} ghost={!danger && !blocked} disabled={blocked} onClick={() => setAction(a)}>
                {labelZh}
              </Button>
            );
            return blocked ? (
              <Tooltip key={a} title="处置方案批准后方可办理">
                {button}
              </Tooltip>
            ) : (
              button
            );
          })}
          <Button type="text" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改措施内容
          </Button>
        </Space>
      )}
      <MeasureActionModal measure={measure} action={action} parcelArea_m2={plan.parcel.area_m2} onClose={() => setAction(undefined)} onDone={done} />
      {canWrite && !concluded && (
        <MeasureFormModal
          plan={plan}
          measure={measure}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
