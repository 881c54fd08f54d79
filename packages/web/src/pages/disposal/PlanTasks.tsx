import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { listPlanTasks, type Plan, type Task } from '../../api/disposal.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { TaskReportModal } from '../tasks/TaskReportModal.tsx';
import { TaskReportsDrawer } from '../tasks/TaskReportsDrawer.tsx';
import { TaskTable } from '../tasks/TaskTable.tsx';
import { NewTaskModal } from './NewTaskModal.tsx';

/** The plan's tasks with their overdue tags; add tasks (or a weekly breakdown) and report on them. */
export function PlanTasks({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const can = useCan();
  const tasks = useRemote((signal) => listPlanTasks(plan.id, signal), [plan.id]);
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<Task>();
  const [history, setHistory] = useState<Task>();
  const overdue = (tasks.data ?? []).filter((t) => t.overdue).length;
  const canAdd = can('disposal:write') && plan.status !== 'CLOSED';
  const reload = () => {
    tasks.reload();
    onChanged();
  };

  return (
    <>
      {(canAdd || overdue > 0) && (
        <Space style={{ marginBottom: 16 }} wrap>
          {canAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              添加任务
            </Button>
          )}
          {overdue > 0 && <Typography.Text type="danger">{overdue} 项任务已逾期</Typography.Text>}
        </Space>
      )}
      {tasks.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title="任务加载失败" description={tasks.error.userMessage} action={<Button onClick={tasks.reload}>重试</Button>} />
      )}
      <TaskTable
        inPlan
        tasks={tasks.data ?? []}
        loading={tasks.loading}
        canReport={can('tasks:report')}
        onReport={setReporting}
        onHistory={setHistory}
        emptyText="尚未分解任务"
      />
      <NewTaskModal
        plan={plan}
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={() => {
          setAdding(false);
          reload();
        }}
      />
      <TaskReportModal
        task={reporting}
        onClose={() => setReporting(undefined)}
        onReported={() => {
          setReporting(undefined);
          reload();
        }}
      />
      <TaskReportsDrawer task={history} onClose={() => setHistory(undefined)} />
    </>
  );
}
