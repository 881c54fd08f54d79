import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { listPlans, type DisposalStage, type PlanStatus, type PlanSummary } from '../../api/disposal.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { disposalStageLabels, planStatusLabels } from '@panhuo/domain';
import { DisposalStageTag, DueDate, opts, PlanStatusTag } from './labels.tsx';
import { positionHolderText } from './PlanHeader.tsx';

const DEFAULT_PAGE_SIZE = 20;
const PLAN_STATUSES = Object.keys(planStatusLabels) as PlanStatus[];
// a listed plan exists, so it is never 待制定方案
const STAGES: DisposalStage[] = (Object.keys(disposalStageLabels) as DisposalStage[]).filter((s) => s !== 'NO_PLAN');

/** The list's filters live in the URL, so back, reload and a pasted link show the same rows. */
function readQuery(params: URLSearchParams) {
  const status = params.get('status') as PlanStatus | null;
  const stage = params.get('stage') as DisposalStage | null;
  return {
    status: status && PLAN_STATUSES.includes(status) ? status : undefined,
    stage: stage && STAGES.includes(stage) ? stage : undefined,
    zoneId: params.get('zoneId') ?? undefined,
    q: params.get('q')?.trim() || undefined,
    page: Math.max(1, Number(params.get('page') ?? 1) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}
type Query = ReturnType<typeof readQuery>;

function writeQuery(q: Query): URLSearchParams {
  const out = new URLSearchParams();
  if (q.status) out.set('status', q.status);
  if (q.stage) out.set('stage', q.stage);
  if (q.zoneId) out.set('zoneId', q.zoneId);
  if (q.q) out.set('q', q.q);
  if (q.page !== 1) out.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(q.pageSize));
  return out;
}

const muted = { fontSize: 12, color: 'rgba(0,0,0,0.45)' } as const;

/** 处置方案: every plan in the user's area, one per parcel (一地一策). */
export default function PlanListPage() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const plans = useRemote(
    (signal) => listPlans({ status: query.status, stage: query.stage, zoneId: query.zoneId, q: query.q }, query.page, query.pageSize, signal),
    [query.status, query.stage, query.zoneId, query.q, query.page, query.pageSize],
  );
  const update = (patch: Partial<Query>) => setParams(writeQuery({ ...query, page: 1, ...patch }));

  return (
    <div className="ph-page">
      <PageTitle title="处置方案">
        <Typography.Text type="secondary">一地一策：在已认定的案件或已标记的地块页面上「制定处置方案」。</Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="方案状态"
            allowClear
            placeholder="方案状态"
            style={{ width: 140 }}
            value={query.status}
            options={opts(planStatusLabels)}
            onChange={(status?: PlanStatus) => update({ status })}
          />
          <Select
            aria-label="处置阶段"
            allowClear
            placeholder="处置阶段"
            style={{ width: 160 }}
            value={query.stage}
            options={STAGES.map((s) => ({ value: s, label: disposalStageLabels[s] }))}
            onChange={(stage?: DisposalStage) => update({ stage })}
          />
          <ZoneSelect aria-label="园区" style={{ width: 200 }} value={query.zoneId} onChange={(zoneId?: string) => update({ zoneId })} />
          <Input.Search
            key={query.q ?? ''}
            allowClear
            placeholder="方案编号、宗地编号、地块名称、企业"
            style={{ width: 280 }}
            defaultValue={query.q}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
          <Button onClick={() => setParams(writeQuery({ ...readQuery(new URLSearchParams()), pageSize: query.pageSize }))}>重置</Button>
        </Space>
        {plans.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="处置方案加载失败"
            description={plans.error.userMessage}
            action={<Button onClick={plans.reload}>重试</Button>}
          />
        )}
        <Table<PlanSummary>
          rowKey="id"
          size="middle"
          loading={plans.loading}
          dataSource={plans.data?.items ?? []}
          tableLayout="auto"
          locale={{ emptyText: plans.loading ? ' ' : '没有符合条件的处置方案' }}
          columns={[
            {
              title: '方案编号',
              key: 'planNo',
              render: (_: unknown, r) => (
                <Link to={`/disposal/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
                  {r.planNo}
                </Link>
              ),
            },
            {
              title: '地块',
              key: 'parcel',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 220 }}>
                  <Link to={`/parcels/${r.parcel.id}`}>{r.parcel.code}</Link>
                  <div style={muted}>{r.parcel.name}</div>
                </div>
              ),
            },
            { title: '企业', key: 'enterprise', render: (_: unknown, r) => <div style={{ maxWidth: 180 }}>{r.enterprise?.name ?? '—'}</div> },
            { title: '园区', key: 'zone', render: (_: unknown, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.zone?.name ?? '—'}</span> },
            { title: '责任单位', key: 'unit', render: (_: unknown, r) => <div style={{ maxWidth: 160 }}>{r.responsibleUnit.name}</div> },
            {
              title: '包挂领导',
              key: 'leader',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 160 }}>
                  {r.leader.title}
                  <div style={muted}>{positionHolderText(r.leader.holderName)}</div>
                </div>
              ),
            },
            {
              title: '措施',
              key: 'measures',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 200 }}>
                  {r.measures.length === 0 ? '—' : r.measures.map((m) => <div key={m.id}>{m.methodNameZh}</div>)}
                </div>
              ),
            },
            { title: '阶段', key: 'stage', render: (_: unknown, r) => <DisposalStageTag stage={r.stage} /> },
            { title: '完成时限', key: 'deadline', render: (_: unknown, r) => <DueDate on={r.deadline} overdue={r.overdue} /> },
            { title: '状态', key: 'status', render: (_: unknown, r) => <PlanStatusTag status={r.status} /> },
          ]}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: plans.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} 个方案`,
            onChange: (page, pageSize) => setParams(writeQuery({ ...query, page: pageSize !== query.pageSize ? 1 : page, pageSize })),
          }}
        />
      </Card>
    </div>
  );
}
