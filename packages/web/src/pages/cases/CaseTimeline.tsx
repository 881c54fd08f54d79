import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { disposalMethodName, documentKindLabels, governmentCauseLabels, serviceMethodLabels, type GovernmentCause, type ServiceMethod } from '@panhuo/domain';
import type { CaseDetail } from '../../api/cases.ts';
import { formatDate, formatDateTime } from '../../format/values.ts';

const OUTCOME: Record<string, string> = {
  CONFIRM: '审定通过',
  REJECT: '不予认定',
  UPHOLD: '维持认定',
  OVERTURN: '异议成立，撤销认定',
  UPHELD: '维持原决定',
  REVOKED: '撤销原决定',
};
const CAUSE: Record<string, string> = { ENTERPRISE: '企业原因', GOVERNMENT: '政府原因' };
const SANCTION: Record<string, string> = { FEE: '征缴土地闲置费', RECOVERY: '无偿收回' };

/** What the step recorded besides its opinion: outcome, service, dates, proposals — in words. */
function inputSummary(input: Record<string, unknown> | null | undefined): string[] {
  if (!input) return [];
  const text = (k: string) => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(input[k]) ? (input[k] as unknown[]).map(String) : []);
  const out: string[] = [];
  const outcome = text('outcome');
  if (outcome) out.push(`结论：${OUTCOME[outcome] ?? outcome}`);
  const served = text('servedOn');
  const method = text('serviceMethod');
  if (served) out.push(`送达：${formatDate(served)}${method ? ` ${serviceMethodLabels[method as ServiceMethod] ?? method}` : ''}`);
  const dated: Array<[string, string]> = [
    ['receivedOn', '收到异议'],
    ['requestedOn', '申请听证'],
    ['publishedOn', '公示'],
    ['paidOn', '缴款'],
    ['filedOn', '提起'],
    ['concludedOn', '作出'],
    ['deregisteredOn', '注销登记'],
    ['materialsReceivedOn', '收到材料'],
    ['idleSince', '闲置起算'],
  ];
  for (const [k, label] of dated) if (text(k)) out.push(`${label}日期：${formatDate(text(k)!)}`);
  if (list('proposedCriteria').length) out.push(`拟认定依据：${list('proposedCriteria').join('、')}`);
  if (list('proposedDisposal').length) out.push(`拟处置方式：${list('proposedDisposal').map((m) => disposalMethodName(m) ?? m).join('、')}`);
  const cause = text('cause');
  if (cause) {
    const gov = text('governmentCause');
    out.push(`闲置原因：${CAUSE[cause] ?? cause}${gov ? `（${governmentCauseLabels[gov as GovernmentCause] ?? gov}）` : ''}`);
  }
  const sanction = text('sanction');
  if (sanction) out.push(`拟作出：${SANCTION[sanction] ?? sanction}`);
  if (text('channel')) out.push(`公示渠道：${text('channel')!}`);
  if (text('amountYuan')) out.push(`金额：${text('amountYuan')!} 元`);
  if (text('evidence')) out.push(`盘活情况：${text('evidence')!}`);
  return out;
}

/** 办理过程: every action taken on the case, newest last, as the record of the procedure. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  if (detail.timeline.length === 0) return <Empty description="尚无办理记录" />;
  const docs = new Map(detail.documents.map((d) => [d.id, d]));
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={detail.timeline.map((e) => {
        const doc = e.documentId ? docs.get(e.documentId) : undefined;
        return {
          key: e.seq,
          color: e.toState === 'CLEARED' ? 'gray' : 'green',
          content: (
            <div>
              <Typography.Text strong>{e.label}</Typography.Text>
              {e.toState && e.toState !== e.fromState && (
                <Tag style={{ marginLeft: 8 }}>→ {e.toStateLabel}</Tag>
              )}
              <div>
                <Typography.Text type="secondary">
                  {e.actorName} · {formatDateTime(e.occurredAt)}
                  {/* the act's own date (served, received…) when it was recorded later */}
                  {e.actionOn && e.actionOn !== dayjs(e.occurredAt).format('YYYY-MM-DD') && ` · 办理日期 ${formatDate(e.actionOn)}`}
                </Typography.Text>
              </div>
              {inputSummary(e.input).map((line) => (
                <div key={line}>{line}</div>
              ))}
              {e.opinion && <div className="ph-multiline">意见：{e.opinion}</div>}
              {doc && (
                <div>
                  文书：{doc.title ?? documentKindLabels[doc.kind]} {doc.docNo ?? ''}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
