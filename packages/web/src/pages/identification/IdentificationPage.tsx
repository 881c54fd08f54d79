import { useMemo, useState } from 'react';
import { Alert, Button, Card, Table, Tabs, Typography } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import type { CriterionStatus, PrimaryCategory } from '@panhuo/domain';
import { getRun, listRuns, type ChangeKind, type Run } from '../../api/identification.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { ChoiceBar } from './ChoiceBar.tsx';
import { FactsToCollect } from './FactsToCollect.tsx';
import { TRIGGER_LABEL } from './labels.tsx';
import { ResultList, type ResultListState } from './ResultList.tsx';
import { RunDialog } from './RunDialog.tsx';
import { CategoryCards, ChangesPanel, CriterionTable } from './RunOverview.tsx';
import { useRuleSetChoice } from './useRuleSetChoice.ts';

const TABS = ['criteria', 'changes', 'parcels', 'facts'] as const;
type TabKey = (typeof TABS)[number];

export default function IdentificationPage() {
  const can = useCan();
  const canRun = can('identification:run');
  const canEdit = can('ledger:write');
  const choice = useRuleSetChoice();
  const { params, set, county, ruleSet } = choice;
  const [dialogOpen, setDialogOpen] = useState(false);

  const runs = useRemote(
    (signal) => (county && ruleSet ? listRuns(county, ruleSet.id, signal) : Promise.resolve([] as Run[])),
    [county, ruleSet?.id],
  );
  const requestedRun = params.get('run');
  const runId = runs.data?.find((r) => r.id === requestedRun)?.id ?? runs.data?.[0]?.id;
  const run = useRemote((signal) => (runId ? getRun(runId, signal) : Promise.resolve(undefined)), [runId]);

  const requestedTab = params.get('tab') as TabKey | null;
  const tab: TabKey = requestedTab && TABS.includes(requestedTab) ? requestedTab : 'criteria';

  const listState: ResultListState = useMemo(
    () => ({
      category: (params.get('category') as PrimaryCategory | null) ?? undefined,
      criterionId: params.get('criterionId') ?? undefined,
      status: (params.get('status') as CriterionStatus | null) ?? undefined,
      change: (params.get('change') as ChangeKind | null) ?? undefined,
      q: params.get('q') ?? undefined,
      page: Math.max(1, Number(params.get('page') ?? 1) || 1),
      pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? 20) || 20)),
    }),
    [params],
  );
  const setList = (patch: Partial<ResultListState>) =>
    set(
      Object.fromEntries(
        Object.entries({ ...listState, ...patch, tab: 'parcels' }).map(([k, v]) => [
          k,
          v === undefined || (k === 'page' && v === 1) || (k === 'pageSize' && v === 20) ? undefined : String(v),
        ]),
      ),
    );

  const countyName = choice.counties.find((c) => c.code === county)?.name ?? '';
  const versionCriteria = ruleSet?.versions.find((v) => v.version === run.data?.ruleSetVersion)?.criteria ?? [];

  if (choice.error) return <div className="ph-page"><ErrorResult error={choice.error} onRetry={choice.reload} /></div>;

  return (
    <div className="ph-page">
      <PageTitle
        title="认定结果"
        extra={
          canRun && (
            <Button type="primary" icon={<PlayCircleOutlined />} disabled={!county || !ruleSet} onClick={() => setDialogOpen(true)}>
              开展认定
            </Button>
          )
        }
      >
        <Typography.Text type="secondary">按所选认定规则对台账全部地块进行闲置、低效认定，每次认定保存为一个批次。</Typography.Text>
      </PageTitle>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <ChoiceBar choice={choice} />
        {ruleSet && (
          <Table<Run>
            rowKey="id"
            size="small"
            loading={runs.loading}
            dataSource={runs.data ?? []}
            locale={{ emptyText: runs.loading ? ' ' : canRun ? '尚未开展认定，点击右上角「开展认定」' : '尚未开展认定' }}
            pagination={{ pageSize: 5, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个批次` }}
            rowSelection={{
              type: 'radio',
              selectedRowKeys: runId ? [runId] : [],
              onChange: (keys) => set({ run: String(keys[0]) }),
            }}
            onRow={(r) => ({ onClick: () => set({ run: r.id }), style: { cursor: 'pointer' } })}
            columns={[
              { title: '认定时间', dataIndex: 'startedAt', render: (t: string) => formatDateTime(t) },
              { title: '认定基准日', dataIndex: 'asOf', render: (d: string) => formatDate(d) },
              { title: '规则版本', dataIndex: 'ruleSetVersion', render: (v: number) => `第 ${v} 版` },
              { title: '方式', dataIndex: 'trigger', render: (t: string) => TRIGGER_LABEL[t] ?? t },
              { title: '操作人', dataIndex: 'actorName' },
              { title: '地块数', dataIndex: 'parcelCount', align: 'right' },
            ]}
          />
        )}
      </Card>
      {run.error && <ErrorResult error={run.error} onRetry={run.reload} />}
      {runId && !run.data && !run.error && <PageLoading />}
      {run.data && run.data.id === runId && (
        <>
          <Typography.Title level={5} style={{ margin: '0 0 12px' }}>
            {formatDate(run.data.asOf)}认定结果（{ruleSet?.nameZh}，第 {run.data.ruleSetVersion} 版）
          </Typography.Title>
          {run.data.summary ? (
            <CategoryCards run={run.data} onPick={(category) => setList({ category, page: 1 })} />
          ) : (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="该批次尚未完成，暂无统计" />
          )}
          <Card variant="borderless">
            <Tabs
              activeKey={tab}
              onChange={(key) => set({ tab: key === 'criteria' ? undefined : key })}
              items={[
                {
                  key: 'criteria',
                  label: '按认定标准',
                  children: (
                    <CriterionTable
                      run={run.data}
                      criteria={versionCriteria}
                      onPick={(criterionId, status) => setList({ criterionId, status, category: undefined, page: 1 })}
                    />
                  ),
                },
                { key: 'changes', label: '较上一批次变化', children: <ChangesPanel run={run.data} /> },
                { key: 'parcels', label: '地块清单', children: <ResultList run={run.data} state={listState} onChange={setList} /> },
                { key: 'facts', label: '待补充信息', children: <FactsToCollect runId={run.data.id} canEdit={canEdit} /> },
              ]}
            />
          </Card>
        </>
      )}
      {county && ruleSet && (
        <RunDialog
          open={dialogOpen}
          jurisdictionCode={county}
          jurisdictionName={countyName}
          ruleSetId={ruleSet.id}
          ruleSetName={ruleSet.nameZh}
          onClose={() => setDialogOpen(false)}
          onDone={(done) => {
            setDialogOpen(false);
            set({ run: done.id, tab: undefined, category: undefined, criterionId: undefined, status: undefined, change: undefined, q: undefined, page: undefined });
            runs.reload();
          }}
        />
      )}
    </div>
  );
}
