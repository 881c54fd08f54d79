import { Tag, Typography } from 'antd';
import type { Task } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';

/** 已完成（日期）, 逾期 N 天 in red, or 进行中. Overdue is the server's reading with its today. */
export function TaskStatusTag({ task }: { task: Pick<Task, 'status' | 'doneOn' | 'overdue' | 'daysOverdue'> }) {
  if (task.status === 'DONE') {
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        <Tag color="green">已完成</Tag>
        {task.doneOn && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDate(task.doneOn)}
          </Typography.Text>
        )}
      </span>
    );
  }
  if (task.overdue) return <Tag color="red">逾期 {task.daysOverdue} 天</Tag>;
  return <Tag color="blue">进行中</Tag>;
}

/** 县住建局 · 副局长, with 现任 or 空缺 beneath. */
export function PositionCell({ task }: { task: Pick<Task, 'positionTitle' | 'unitName' | 'holderName'> }) {
  return (
    <div style={{ maxWidth: 180 }}>
      {task.unitName ? `${task.unitName} · ` : ''}
      {task.positionTitle}
      <div style={{ fontSize: 12, color: task.holderName ? 'rgba(0,0,0,0.45)' : '#d46b08' }}>
        {task.holderName ? `现任：${task.holderName}` : '席位空缺'}
      </div>
    </div>
  );
}
