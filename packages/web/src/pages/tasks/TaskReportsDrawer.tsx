import { Alert, Drawer, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { listTaskReports, type Task } from '../../api/disposal.ts';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { FileLinks } from '../disposal/FilesField.tsx';

function Reports({ task }: { task: Task }) {
  const reports = useRemote((signal) => listTaskReports(task.id, signal), [task.id, task.reportCount]);
  if (reports.error) return <Alert type="error" showIcon title="进展记录加载失败" description={reports.error.userMessage} />;
  if (!reports.data) return <Spin />;
  if (reports.data.length === 0) return <Empty description="尚未汇报进展" />;
  return (
    <Timeline
      items={reports.data.map((r) => ({
        key: r.id,
        color: r.done ? 'green' : 'blue',
        content: (
          <div>
            <div>
              <strong>{formatDate(r.reportedOn)}</strong>
              {r.done && (
                <Tag color="green" style={{ marginLeft: 8 }}>
                  已完成
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {r.reporterName} 于 {formatDateTime(r.createdAt)} 提交
              </Typography.Text>
            </div>
            <div style={{ whiteSpace: 'pre-wrap' }}>本周进展：{r.progressZh}</div>
            {r.problemsZh && <div style={{ whiteSpace: 'pre-wrap' }}>存在问题：{r.problemsZh}</div>}
            {r.nextStepsZh && <div style={{ whiteSpace: 'pre-wrap' }}>下步打算：{r.nextStepsZh}</div>}
            {r.files && <FileLinks files={r.files} />}
          </div>
        ),
      }))}
    />
  );
}

/** 进展记录: every report on one task, newest last as they were made. */
export function TaskReportsDrawer({ task, onClose }: { task: Task | undefined; onClose: () => void }) {
  return (
    <Drawer open={task !== undefined} onClose={onClose} size={520} title={task ? `进展记录 — ${task.titleZh}` : '进展记录'} destroyOnHidden>
      {task && <Reports task={task} />}
    </Drawer>
  );
}
