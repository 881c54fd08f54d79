import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Badge, Button, Card, Space, Tabs, Typography } from 'antd';
import { listTasks, type Task, type TaskFilters } from '../../api/disposal.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { TaskReportModal } from './TaskReportModal.tsx';
import { TaskReportsDrawer } from './TaskReportsDrawer.tsx';
import { TaskTable } from './TaskTable.tsx';

const TABS = ['mine', 'all', 'overdue'] as const;
type TabKey = (typeof TABS)[number];
const DEFAULT_PAGE_SIZE = 20;

function readQuery(params: URLSearchParams) {
  const tab = params.get('tab') as TabKey | null;
  return {
    tab: tab && TABS.includes(tab) ? tab : ('mine' as TabKey),
    zoneId: params.get('zoneId') ?? undefined,
    page: Math.max(1, Number(params.get('page') ?? 1) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE)),
  };
}
type Query = ReturnType<typeof readQuery>;

function writeQuery(q: Query): URLSearchParams {
  const out = new URLSearchParams();
  if (q.tab !== 'mine') out.set('tab', q.tab);
  if (q.zoneId) out.set('zoneId', q.zoneId);
  if (q.page !== 1) out.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(q.pageSize));
  return out;
}

const filtersOf = (q: Query): TaskFilters => ({
  zoneId: q.zoneId,
  ...(q.tab === 'mine' ? { mine: true } : q.tab === 'overdue' ? { status: 'OVERDUE' as const } : {}),
});

/**
 * 任务调度: the weekly tasks of every plan, assigned to seats (席位). 我的任务 are those of
 * the seats the user's person holds today; overdue tasks are red from the day after they fall due.
 */
export default function TaskListPage() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const can = useCan();
  const [reporting, setReporting] = useState<Task>();
  const [history, setHistory] = useState<Task>();

  const tasks = useRemote(
    (signal) => listTasks(filtersOf(query), query.page, query.pageSize, signal),
    [query.tab, query.zoneId, query.page, query.pageSize],
  );
  // the badge counts the area's overdue tasks whichever tab is open
  const overdue = useRemote((signal) => listTasks({ status: 'OVERDUE', zoneId: query.zoneId }, 1, 1, signal), [query.zoneId, tasks.data]);
  const overdueCount = overdue.data?.total ?? 0;
  const update = (patch: Partial<Query>) => setParams(writeQuery({ ...query, page: 1, ...patch }));

  const emptyText =
    query.tab === 'mine' ? '您任职的席位暂无任务' : query.tab === 'overdue' ? '没有逾期任务' : '暂无任务';

  return (
    <div className="ph-page">
      <PageTitle title="任务调度">
        <Typography.Text type="secondary">整改任务分解到周，按席位落实；逾期任务自截止日次日起标红。</Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        <Tabs
          activeKey={query.tab}
          onChange={(key) => update({ tab: key as TabKey })}
          tabBarExtraContent={<ZoneSelect aria-label="园区" style={{ width: 200 }} value={query.zoneId} onChange={(zoneId?: string) => update({ zoneId })} />}
          items={[
            { key: 'mine', label: '我的任务' },
            { key: 'all', label: '全部任务' },
            {
              key: 'overdue',
              label: (
                <Space size={6}>
                  逾期任务
                  <Badge count={overdueCount} size="small" />
                </Space>
              ),
            },
          ]}
        />
        {query.tab === 'mine' && tasks.data?.total === 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="「我的任务」按您今天任职的席位列出"
            description="若您的账号尚未关联组织架构中的人员，请联系系统管理员在用户管理中设置；也可在「全部任务」中查看。"
          />
        )}
        {tasks.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="任务加载失败"
            description={tasks.error.userMessage}
            action={<Button onClick={tasks.reload}>重试</Button>}
          />
        )}
        <TaskTable
          tasks={tasks.data?.items ?? []}
          loading={tasks.loading}
          canReport={can('tasks:report')}
          onReport={setReporting}
          onHistory={setHistory}
          emptyText={emptyText}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} 项`,
            onChange: (page, pageSize) => setParams(writeQuery({ ...query, page: pageSize !== query.pageSize ? 1 : page, pageSize })),
          }}
        />
      </Card>
      <TaskReportModal
        task={reporting}
        onClose={() => setReporting(undefined)}
        onReported={() => {
          setReporting(undefined);
          tasks.reload();
        }}
      />
      <TaskReportsDrawer task={history} onClose={() => setHistory(undefined)} />
    </div>
  );
}
