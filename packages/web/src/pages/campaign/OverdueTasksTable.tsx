import { Link } from 'react-router-dom';
import { Table, Tag, Typography } from 'antd';
import type { DashboardTask } from '../../api/campaign.ts';
import { formatDate } from '../../format/values.ts';

/** The most overdue disposal tasks (at most 20, most late first), each leading to its plan. */
export function OverdueTasksTable({ tasks }: { tasks: readonly DashboardTask[] }) {
  return (
    <Table<DashboardTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...tasks]}
      locale={{ emptyText: '没有逾期任务' }}
      // the lateness first: on a projected screen the column that matters must not scroll away
      columns={[
        {
          title: '逾期天数',
          dataIndex: 'daysOverdue',
          defaultSortOrder: 'descend',
          sorter: (a, b) => a.daysOverdue - b.daysOverdue,
          render: (n: number) => <Tag color="error">{n} 天</Tag>,
        },
        {
          title: '任务',
          key: 'task',
          render: (_: unknown, t) => (
            <>
              <Link to={`/disposal/${t.planId}`}>{t.titleZh}</Link>
              <div className="ph-kpi-sub">
                {t.planNo}
                {t.methodNameZh ? ` · ${t.methodNameZh}` : ''}
              </div>
            </>
          ),
        },
        {
          title: '地块',
          key: 'parcel',
          render: (_: unknown, t) => (
            <>
              {t.parcelCode} {t.parcelName}
              {t.zoneName && <div className="ph-kpi-sub">{t.zoneName}</div>}
            </>
          ),
        },
        {
          title: '责任席位 / 任职人',
          key: 'position',
          render: (_: unknown, t) => (
            <>
              {t.unitName ? `${t.unitName} ${t.positionTitle}` : t.positionTitle}
              <div className="ph-kpi-sub">{t.holderName ?? <Typography.Text type="warning">席位空缺</Typography.Text>}</div>
            </>
          ),
        },
        { title: '截止', dataIndex: 'dueOn', render: (d: string) => formatDate(d) },
      ]}
    />
  );
}
