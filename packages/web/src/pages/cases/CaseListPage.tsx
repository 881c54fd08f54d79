import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Col, Input, Row, Select, Space, Statistic, Table, type SelectProps } from 'antd';
import { AuditOutlined, PlusOutlined } from '@ant-design/icons';
import { getCaseSummary, listCases, type CaseFilters, type CaseListItem, type CaseProfileId } from '../../api/cases.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { CATEGORY_LABEL, DeadlineText, PROFILE_SHORT, PROFILES, STATE_LABELS, StateTag } from './labels.tsx';
import { NewCaseModal } from './NewCaseModal.tsx';

const DEFAULT_PAGE_SIZE = 20;

/** The list's filters live in the URL, so back, reload and a pasted link show the same rows. */
function readQuery(params: URLSearchParams) {
  const profile = params.get('profile') as CaseProfileId | null;
  return {
    state: params.get('state') ?? undefined,
    profile: profile && PROFILES.includes(profile) ? profile : undefined,
    assignee: params.get('assignee') ?? undefined,
    overdue: params.get('overdue') === '1',
    q: params.get('q')?.trim() || undefined,
    page: Math.max(1, Number(params.get('page') ?? 1) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}
type Query = ReturnType<typeof readQuery>;

function writeQuery(q: Query): URLSearchParams {
  const out = new URLSearchParams();
  if (q.state) out.set('state', q.state);
  if (q.profile) out.set('profile', q.profile);
  if (q.assignee) out.set('assignee', q.assignee);
  if (q.overdue) out.set('overdue', '1');
  if (q.q) out.set('q', q.q);
  if (q.page !== 1) out.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(q.pageSize));
  return out;
}

/** States to filter by: the chosen profile's, or every profile's under its name. */
function stateOptions(profile: CaseProfileId | undefined): SelectProps['options'] {
  const one = (p: CaseProfileId) => Object.entries(STATE_LABELS[p]).map(([value, label]) => ({ value, label }));
  if (profile) return one(profile);
  // the same state id can mean different steps in two profiles; list each profile's states once
  const seen = new Set<string>();
  return PROFILES.map((p) => ({
    label: PROFILE_SHORT[p],
    title: PROFILE_SHORT[p],
    options: one(p).filter((o) => !seen.has(o.value) && seen.add(o.value)),
  }));
}

export default function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const can = useCan();
  const query = useMemo(() => readQuery(params), [params]);
  const [creating, setCreating] = useState(false);
  const filters: CaseFilters = { state: query.state, profile: query.profile, assignee: query.assignee, overdue: query.overdue, q: query.q };

  const cases = useRemote(
    (signal) => listCases(filters, query.page, query.pageSize, signal),
    [query.state, query.profile, query.assignee, query.overdue, query.q, query.page, query.pageSize],
  );
  const update = (patch: Partial<Query>) => setParams(writeQuery({ ...query, page: 1, ...patch }));
  const summary = useRemote((signal) => getCaseSummary(signal), []);

  return (
    <div className="ph-page">
      <PageTitle
        title="认定案件"
        extra={
          <>
            {can('cases:review') && (
              <Button icon={<AuditOutlined />} onClick={() => navigate('/cases/review')}>
                领导小组审定
              </Button>
            )}
            {can('cases:write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新建案件
              </Button>
            )}
          </>
        }
      />
      {summary.data && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          {[
            { key: 'open', title: '在办案件', value: summary.data.open, suffix: '件' },
            { key: 'total', title: '累计立案', value: summary.data.total, suffix: '件' },
            { key: 'soon', title: '7日内到期', value: summary.data.dueSoonCount, suffix: '项' },
            { key: 'overdue', title: '已逾期', value: summary.data.overdueCount, suffix: '项', danger: summary.data.overdueCount > 0 },
          ].map((s) => (
            <Col key={s.key} xs={12} md={6}>
              <Card
                variant="borderless"
                size="small"
                hoverable={s.key === 'overdue'}
                onClick={s.key === 'overdue' ? () => update({ overdue: true }) : undefined}
              >
                <Statistic title={s.title} value={s.value} suffix={s.suffix} styles={{ content: s.danger ? { color: '#cf1322' } : undefined }} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="程序"
            allowClear
            placeholder="程序"
            style={{ width: 180 }}
            value={query.profile}
            options={PROFILES.map((p) => ({ value: p, label: PROFILE_SHORT[p] }))}
            onChange={(profile?: CaseProfileId) => update({ profile, state: undefined })}
          />
          <Select
            aria-label="当前环节"
            allowClear
            placeholder="当前环节"
            style={{ width: 240 }}
            value={query.state}
            options={stateOptions(query.profile)}
            onChange={(state?: string) => update({ state })}
          />
          <Select
            aria-label="承办人"
            allowClear
            placeholder="承办人"
            style={{ width: 140 }}
            value={query.assignee}
            options={[
              { value: 'ME', label: '我承办的' },
              { value: 'NONE', label: '未指定承办人' },
            ]}
            onChange={(assignee?: string) => update({ assignee })}
          />
          <Checkbox checked={query.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
            仅看逾期
          </Checkbox>
          <Input.Search
            key={query.q ?? ''}
            allowClear
            placeholder="宗地编号、地块名称、企业"
            style={{ width: 260 }}
            defaultValue={query.q}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
          <Button onClick={() => setParams(writeQuery({ ...readQuery(new URLSearchParams()), pageSize: query.pageSize }))}>重置</Button>
        </Space>
        {cases.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="案件列表加载失败"
            description={cases.error.userMessage}
            action={<Button onClick={cases.reload}>重试</Button>}
          />
        )}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          loading={cases.loading}
          dataSource={cases.data?.items ?? []}
          // no horizontal scroll: cells wrap so that every column fits a laptop screen
          tableLayout="auto"
          locale={{ emptyText: cases.loading ? ' ' : '没有符合条件的案件' }}
          columns={[
            {
              title: '案件编号',
              key: 'caseNo',
              render: (_: unknown, r) => (
                <Link to={`/cases/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
                  {r.caseNo}
                </Link>
              ),
            },
            {
              title: '地块',
              key: 'parcel',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 260 }}>
                  <Link to={`/parcels/${r.parcel.id}`}>{r.parcel.code}</Link>
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{r.parcel.name}</div>
                </div>
              ),
            },
            { title: '企业', key: 'enterprise', render: (_: unknown, r) => <div style={{ maxWidth: 200 }}>{r.enterprise?.name ?? '—'}</div> },
            {
              title: '程序',
              key: 'profile',
              render: (_: unknown, r) => (
                <div title={r.profileName} style={{ whiteSpace: 'nowrap' }}>
                  {PROFILE_SHORT[r.profileId] ?? r.profileName}
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>疑似{CATEGORY_LABEL[r.category] ?? r.category}</div>
                </div>
              ),
            },
            {
              title: '当前环节',
              key: 'state',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 170, whiteSpace: 'normal' }}>
                  <StateTag state={r.state} label={r.stateLabel} />
                </div>
              ),
            },
            {
              title: '下一期限',
              key: 'deadline',
              render: (_: unknown, r) => (
                <div style={{ maxWidth: 180 }}>
                  <DeadlineText deadline={r.nextDeadline} overdue={r.overdue} />
                </div>
              ),
            },
            { title: '承办人', key: 'assignee', render: (_: unknown, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.assignee?.name ?? '—'}</span> },
            { title: '立案日期', dataIndex: 'openedOn', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d)}</span> },
          ]}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: cases.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} 件`,
            onChange: (page, pageSize) => setParams(writeQuery({ ...query, page: pageSize !== query.pageSize ? 1 : page, pageSize })),
          }}
        />
      </Card>
      <NewCaseModal
        open={creating}
        onClose={() => setCreating(false)}
        onOpened={(id) => {
          setCreating(false);
          void navigate(`/cases/${id}`);
        }}
      />
    </div>
  );
}
