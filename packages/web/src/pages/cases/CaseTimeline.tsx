import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { documentKindLabels } from '@panhuo/domain';
import type { CaseDetail } from '../../api/cases.ts';
import { formatDate, formatDateTime } from '../../format/values.ts';

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
