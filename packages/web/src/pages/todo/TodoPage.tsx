import { Link } from 'react-router-dom';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { getTodo, type CaseListItem } from '../../api/cases.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { DeadlineText, StateTag } from '../cases/labels.tsx';

/** 我的待办: the open cases this user handles (deadlines first, overdue leading), or their scope's running deadlines. */
export default function TodoPage() {
  const todo = useRemote((signal) => getTodo(signal), []);
  const items = todo.data?.items ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  const withDeadline = items.filter((i) => i.nextDeadline).length;
  return (
    <div className="ph-page">
      <PageTitle title="我的待办">
        <Typography.Text type="secondary">
          {todo.data?.basis === 'SCOPE' && '您名下暂无承办案件，以下为您管辖范围内有办理期限的案件。'}
          {todo.data &&
            (todo.data.basis === 'ASSIGNED' ? `共 ${items.length} 件在办案件，其中 ${withDeadline} 件有办理期限` : `共 ${items.length} 件有办理期限的案件`)}
          {!todo.data && ' '}
          {overdue > 0 && <Typography.Text type="danger">，其中 {overdue} 件已逾期</Typography.Text>}
        </Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        {todo.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="待办加载失败"
            description={todo.error.userMessage}
            action={<Button onClick={todo.reload}>重试</Button>}
          />
        )}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          loading={todo.loading}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: todo.loading ? ' ' : '暂无待办案件' }}
          columns={[
            { title: '期限', key: 'deadline', render: (_: unknown, r) => (r.nextDeadline ? <DeadlineText deadline={r.nextDeadline} overdue={r.overdue} /> : <Typography.Text type="secondary">无法定期限</Typography.Text>) },
            { title: '案件编号', key: 'caseNo', render: (_: unknown, r) => <Link to={`/cases/${r.id}`}>{r.caseNo}</Link> },
            { title: '地块', key: 'parcel', render: (_: unknown, r) => `${r.parcel.code} ${r.parcel.name}` },
            { title: '企业', key: 'enterprise', render: (_: unknown, r) => r.enterprise?.name ?? '—' },
            { title: '当前环节', key: 'state', render: (_: unknown, r) => <StateTag state={r.state} label={r.stateLabel} /> },
            { title: '办理', key: 'go', render: (_: unknown, r) => <Link to={`/cases/${r.id}`}>去办理</Link> },
          ]}
        />
      </Card>
    </div>
  );
}
