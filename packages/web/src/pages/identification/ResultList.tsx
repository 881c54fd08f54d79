import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Input, Select, Space, Table, Typography } from 'antd';
import type { CriterionStatus, PrimaryCategory } from '@panhuo/domain';
import { listResults, type ChangeKind, type ResultFilters, type ResultItem, type RunDetail } from '../../api/identification.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { OpenCasesButton } from './OpenCasesButton.tsx';
import { CHANGE_LABEL, ChangeTag, PRIMARY_CATEGORY_LABEL, PrimaryCategoryTag, STATUS_LABEL } from './labels.tsx';

export interface ResultListState extends ResultFilters {
  page: number;
  pageSize: number;
}

interface Props {
  run: RunDetail;
  state: ResultListState;
  onChange: (patch: Partial<ResultListState>) => void;
}

const CATEGORIES: PrimaryCategory[] = ['IDLE', 'INEFFICIENT', 'INCONCLUSIVE', 'NONE'];
const STATUSES: CriterionStatus[] = ['MET', 'UNKNOWN', 'MANUAL', 'NOT_MET'];
const CHANGES: ChangeKind[] = ['NEW', 'CLEARED', 'CHANGED', 'SAME'];

/** The run's parcels, filtered by conclusion, criterion, change since the previous run and text. */
export function ResultList({ run, state, onChange }: Props) {
  const { page, pageSize, ...filters } = state;
  const results = useRemote(
    (signal) => listResults(run.id, filters, page, pageSize, signal),
    [run.id, filters.category, filters.criterionId, filters.status, filters.change, filters.q, page, pageSize],
  );
  const criterionIds = (run.summary?.byCriterion ?? []).map((c) => c.criterionId);
  const canOpenCases = useCan()('cases:write');
  // selected flagged parcels (id → code), kept across pages of the list
  const [selected, setSelected] = useState<Map<string, string>>(new Map());

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="结论"
          allowClear
          placeholder="结论"
          style={{ width: 140 }}
          value={filters.category}
          options={CATEGORIES.map((c) => ({ value: c, label: PRIMARY_CATEGORY_LABEL[c] }))}
          onChange={(category?: PrimaryCategory) => onChange({ category, page: 1 })}
        />
        <Select
          aria-label="认定标准"
          allowClear
          placeholder="认定标准"
          style={{ width: 160 }}
          value={filters.criterionId}
          options={criterionIds.map((id) => ({ value: id, label: id }))}
          onChange={(criterionId?: string) => onChange({ criterionId, status: criterionId ? filters.status : undefined, page: 1 })}
        />
        {filters.criterionId && (
          <Select
            aria-label="该标准的结论"
            style={{ width: 130 }}
            value={filters.status ?? 'MET'}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
            onChange={(status: CriterionStatus) => onChange({ status, page: 1 })}
          />
        )}
        {run.previousRunId && (
          <Select
            aria-label="较上一批次"
            allowClear
            placeholder="较上一批次"
            style={{ width: 140 }}
            value={filters.change}
            options={CHANGES.map((c) => ({ value: c, label: CHANGE_LABEL[c] }))}
            onChange={(change?: ChangeKind) => onChange({ change, page: 1 })}
          />
        )}
        <Input.Search
          key={filters.q ?? ''}
          allowClear
          placeholder="宗地编号、地块名称、企业"
          style={{ width: 260 }}
          defaultValue={filters.q}
          onSearch={(q) => onChange({ q: q.trim() || undefined, page: 1 })}
        />
        <Button
          onClick={() => onChange({ category: undefined, criterionId: undefined, status: undefined, change: undefined, q: undefined, page: 1 })}
        >
          重置
        </Button>
        {canOpenCases && (
          <OpenCasesButton runId={run.id} parcelIds={[...selected.keys()]} codes={selected} onDone={() => setSelected(new Map())} />
        )}
      </Space>
      {results.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="认定结果加载失败"
          description={results.error.userMessage}
          action={<Button onClick={results.reload}>重试</Button>}
        />
      )}
      <Table<ResultItem>
        rowKey="parcelId"
        size="middle"
        loading={results.loading}
        dataSource={results.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: results.loading ? ' ' : '没有符合条件的地块' }}
        rowSelection={
          canOpenCases
            ? {
                preserveSelectedRowKeys: true,
                selectedRowKeys: [...selected.keys()],
                // only a parcel the rules flagged can be taken into the procedure from here
                getCheckboxProps: (r) => ({ disabled: r.primaryCategory !== 'IDLE' && r.primaryCategory !== 'INEFFICIENT' }),
                onChange: (keys, rows) => {
                  const next = new Map<string, string>();
                  const codes = new Map(rows.filter(Boolean).map((r) => [r.parcelId, r.parcelCode]));
                  for (const key of keys) next.set(String(key), codes.get(String(key)) ?? selected.get(String(key)) ?? '');
                  setSelected(next);
                },
              }
            : undefined
        }
        columns={[
          {
            title: '宗地编号',
            key: 'code',
            render: (_: unknown, r) => <Link to={`/identification/runs/${run.id}/parcels/${r.parcelId}`}>{r.parcelCode}</Link>,
          },
          { title: '地块名称', dataIndex: 'parcelName' },
          { title: '园区', dataIndex: 'zoneName', render: (v: string | null) => v ?? '—' },
          { title: '使用企业', dataIndex: 'enterpriseName', render: (v: string | null) => v ?? '—' },
          { title: '面积', dataIndex: 'area_m2', align: 'right', render: (m2: number) => <AreaText m2={m2} /> },
          {
            title: '结论',
            key: 'category',
            render: (_: unknown, r) => (
              <Space size={4}>
                <PrimaryCategoryTag category={r.primaryCategory} />
                {r.classes.map((c) => (
                  <Typography.Text key={c} code>
                    {c}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          { title: '符合的标准', dataIndex: 'metCriterionIds', render: (ids: string[]) => ids.join('、') || '—' },
          ...(run.previousRunId
            ? [{ title: '较上一批次', dataIndex: 'change', render: (c: ChangeKind | null) => <ChangeTag change={c} /> }]
            : []),
        ]}
        pagination={{
          current: page,
          pageSize,
          total: results.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => `共 ${total} 宗`,
          onChange: (p, ps) => onChange({ page: ps !== pageSize ? 1 : p, pageSize: ps }),
        }}
      />
    </>
  );
}
