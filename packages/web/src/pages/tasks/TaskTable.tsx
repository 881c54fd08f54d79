import { Link } from 'react-router-dom';
import { Button, Space, Table, Typography, type TableProps } from 'antd';
import type { Task } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';
import { PositionCell, TaskStatusTag } from './TaskStatus.tsx';

interface Props {
  tasks: Task[];
  loading: boolean;
  /** the plan's own tab leaves out the parcel and plan */
  inPlan?: boolean;
  canReport: boolean;
  onReport: (task: Task) => void;
  onHistory: (task: Task) => void;
  emptyText: string;
  pagination?: TableProps<Task>['pagination'];
}

const muted = { fontSize: 12, color: 'rgba(0,0,0,0.45)' } as const;

/** Tasks with who answers for them today, their due date and the latest progress. */
export function TaskTable({ tasks, loading, inPlan, canReport, onReport, onHistory, emptyText, pagination = false }: Props) {
  const columns: NonNullable<TableProps<Task>['columns']> = [
    {
      title: '任务',
      key: 'title',
      render: (_: unknown, t) => (
        <div style={{ maxWidth: 240 }}>
          {t.titleZh}
          {t.methodNameZh && <div style={muted}>措施：{t.methodNameZh}</div>}
        </div>
      ),
    },
    ...(inPlan
      ? []
      : [
          {
            title: '地块',
            key: 'parcel',
            render: (_: unknown, t: Task) => (
              <div style={{ maxWidth: 200 }}>
                <Link to={`/parcels/${t.parcelId}`}>{t.parcelCode}</Link>
                <div style={muted}>
                  {t.parcelName}
                  {t.zoneName ? ` · ${t.zoneName}` : ''}
                </div>
              </div>
            ),
          },
          {
            title: '方案',
            key: 'plan',
            render: (_: unknown, t: Task) => (
              <Link to={`/disposal/${t.planId}?tab=tasks`} style={{ whiteSpace: 'nowrap' }}>
                {t.planNo}
              </Link>
            ),
          },
        ]),
    { title: '责任席位', key: 'position', render: (_: unknown, t) => <PositionCell task={t} /> },
    {
      title: '截止日期',
      key: 'dueOn',
      render: (_: unknown, t) => (
        <Typography.Text type={t.overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(t.dueOn)}
        </Typography.Text>
      ),
    },
    { title: '状态', key: 'status', render: (_: unknown, t) => <TaskStatusTag task={t} /> },
    {
      title: '最近进展',
      key: 'lastReport',
      render: (_: unknown, t) =>
        t.lastReport ? (
          <div style={{ maxWidth: 260 }}>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: t.lastReport.progressZh }} style={{ marginBottom: 0 }}>
              {t.lastReport.progressZh}
            </Typography.Paragraph>
            <div style={muted}>{formatDate(t.lastReport.reportedOn)}</div>
          </div>
        ) : (
          <Typography.Text type="secondary">尚未汇报</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, t) => (
        <Space size={0} wrap={false}>
          {canReport && t.status === 'OPEN' && (
            <Button type="link" size="small" onClick={() => onReport(t)}>
              汇报进展
            </Button>
          )}
          <Button type="link" size="small" disabled={t.reportCount === 0} onClick={() => onHistory(t)}>
            进展记录{t.reportCount > 0 ? `（${t.reportCount}）` : ''}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      tableLayout="auto"
      loading={loading}
      dataSource={tasks}
      columns={columns}
      locale={{ emptyText: loading ? ' ' : emptyText }}
      pagination={pagination}
    />
  );
}
