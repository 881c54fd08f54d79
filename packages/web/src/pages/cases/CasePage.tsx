import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Badge, Button, Card, Descriptions, Space, Steps, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { getCase, type CaseDetail } from '../../api/cases.ts';
import { isDeterminedOpen, type CaseState } from '@panhuo/domain';
import { ParcelPlanEntry } from '../disposal/ParcelPlanEntry.tsx';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseAttachments } from './CaseAttachments.tsx';
import { CaseDocuments } from './CaseDocuments.tsx';
import { CaseFacts, PublicationTable, RestrictionTable } from './CaseFacts.tsx';
import { CaseInspections } from './CaseInspections.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CATEGORY_LABEL, DeadlineText, mainPath, StateTag } from './labels.tsx';

const TAB_KEYS = ['timeline', 'facts', 'documents', 'inspections', 'attachments', 'restrictions', 'publications'] as const;
type TabKey = (typeof TAB_KEYS)[number];

function CaseProgress({ detail }: { detail: CaseDetail }) {
  // where a cleared case stopped: the state it left for CLEARED
  const lastBefore = [...detail.timeline].reverse().find((e) => e.toState === 'CLEARED')?.fromState ?? undefined;
  const { steps, current, stopped } = mainPath(detail.profileId, detail.state, lastBefore);
  const finished = detail.state === 'CLOSED';
  return (
    <Steps
      size="small"
      // Order 53's nine steps do not fit side by side with their titles on a laptop screen
      titlePlacement={steps.length > 7 ? 'vertical' : 'horizontal'}
      current={current}
      status={stopped ? 'error' : finished ? 'finish' : 'process'}
      items={steps.map((s, i) => ({
        title: s.title,
        content: i === current ? (stopped ? detail.stateLabel : s.states.length > 1 ? detail.stateLabel : undefined) : undefined,
      }))}
    />
  );
}

function CaseHeader({ detail }: { detail: CaseDetail }) {
  const navigate = useNavigate();
  const open = detail.deadlines;
  return (
    <>
      <div className="ph-page-title" style={{ marginBottom: 12 }}>
        <Space size={12} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {detail.caseNo}
          </Typography.Title>
          <StateTag state={detail.state} label={detail.stateLabel} />
        </Space>
        {detail.parcel && (
          <ParcelPlanEntry parcelId={detail.parcel.id} parcelCode={detail.parcel.code} caseId={detail.id} offerNew={isDeterminedOpen(detail.state as CaseState)} />
        )}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'parcel',
            label: '地块',
            children: detail.parcel ? (
              <span>
                <Link to={`/parcels/${detail.parcel.id}`}>{detail.parcel.code}</Link> {detail.parcel.name}
              </span>
            ) : (
              '—'
            ),
          },
          {
            key: 'enterprise',
            label: '使用企业',
            children: detail.enterprise ? <Link to={`/enterprises/${detail.enterprise.id}`}>{detail.enterprise.name}</Link> : '—',
          },
          { key: 'profile', label: '认定程序', children: `${detail.profileName}（疑似${CATEGORY_LABEL[detail.category] ?? detail.category}）` },
          { key: 'opened', label: '立案日期', children: formatDate(detail.openedOn) },
          { key: 'assignee', label: '承办人', children: detail.assignee?.name ?? '—' },
          {
            key: 'deadline',
            label: '办理期限',
            children:
              open.length === 0 ? (
                '—'
              ) : (
                <Space direction="vertical" size={0}>
                  {open.map((d) => (
                    <DeadlineText key={d.kind} deadline={d} />
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

const counted = (label: string, n: number) => (
  <span>
    {label}
    {n > 0 && <Badge count={n} color="#8c8c8c" size="small" style={{ marginLeft: 6 }} />}
  </span>
);

export default function CasePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const remote = useRemote((signal) => getCase(id, signal), [id]);
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey = requested && TAB_KEYS.includes(requested) ? requested : 'timeline';

  if (remote.error) return <div className="ph-page"><ErrorResult error={remote.error} onRetry={remote.reload} /></div>;
  if (!remote.data) return <PageLoading />;
  const detail = remote.data;
  const canWrite = can('cases:write');

  return (
    <div className="ph-page">
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <CaseHeader detail={detail} />
        <div style={{ margin: '20px 0 16px' }}>
          <CaseProgress detail={detail} />
        </div>
        <CaseActions detail={detail} canWrite={canWrite} canReview={can('cases:review')} onChanged={remote.reload} />
      </Card>
      <Card variant="borderless">
        <Tabs
          activeKey={active}
          onChange={(key) => setParams(key === 'timeline' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'timeline', label: '办理过程', children: <CaseTimeline detail={detail} /> },
            { key: 'facts', label: '地块事实', children: <CaseFacts detail={detail} /> },
            {
              key: 'documents',
              label: counted('文书', detail.documents.length),
              children: <CaseDocuments detail={detail} canWrite={canWrite} canIssue={can('documents:issue')} onChanged={remote.reload} />,
            },
            {
              key: 'inspections',
              label: counted('核查记录', detail.inspections.length),
              children: <CaseInspections detail={detail} canWrite={canWrite} onChanged={remote.reload} />,
            },
            {
              key: 'attachments',
              label: counted('附件', detail.attachments.length),
              children: <CaseAttachments detail={detail} canWrite={canWrite} onChanged={remote.reload} />,
            },
            { key: 'restrictions', label: counted('限制措施', detail.restrictions.length), children: <RestrictionTable items={detail.restrictions} /> },
            { key: 'publications', label: counted('公示', detail.publications.length), children: <PublicationTable items={detail.publications} /> },
          ]}
        />
      </Card>
    </div>
  );
}
