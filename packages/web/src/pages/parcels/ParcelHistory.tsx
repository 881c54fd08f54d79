import { Alert, Empty, Spin, Table, Timeline, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { getParcelHistory } from '../../api/parcels.ts';
import type { FieldChange, HistoryEntry } from '../../api/types.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { formatChangeValue, formatDateTime } from '../../format/values.ts';

const actionLabels: Record<string, string> = {
  create: '新增地块',
  created: '新增地块',
  update: '修改',
  updated: '修改',
  import: 'Excel 导入',
  imported: 'Excel 导入',
};

function actionLabel(action: string): string {
  return actionLabels[action.toLowerCase()] ?? actionLabels[action.toLowerCase().split(/[.:_]/).pop() ?? ''] ?? action;
}

function ChangesTable({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Table<FieldChange>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={changes}
      style={{ marginTop: 8, maxWidth: 900 }}
      columns={[
        { key: 'label', title: '字段', width: 260, render: (_v, c) => c.labelZh },
        {
          key: 'change',
          title: '修改前 → 修改后',
          render: (_v, c) => (
            <span>
              <Typography.Text type="secondary" delete={c.before != null}>
                {formatChangeValue(c.key, c.before)}
              </Typography.Text>
              <ArrowRightOutlined style={{ margin: '0 8px', color: '#999' }} />
              <Typography.Text strong>{formatChangeValue(c.key, c.after)}</Typography.Text>
            </span>
          ),
        },
      ]}
    />
  );
}

function entryTitle(entry: HistoryEntry) {
  return (
    <span>
      <Typography.Text strong>{entry.actorName}</Typography.Text>
      <Typography.Text type="secondary" style={{ margin: '0 8px' }}>
        {formatDateTime(entry.at)}
      </Typography.Text>
      <span>{actionLabel(entry.action)}</span>
      {entry.changes.length > 0 && <Typography.Text type="secondary">（{entry.changes.length} 项）</Typography.Text>}
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        版本 {entry.version}
      </Typography.Text>
    </span>
  );
}

/** 变更记录: who changed what and when, newest first, values formatted by field type. */
export function ParcelHistory({ parcelId, version }: { parcelId: string; version: number }) {
  const history = useRemote(() => getParcelHistory(parcelId), [parcelId, version]);
  if (history.loading && !history.data) return <Spin />;
  if (history.error) return <Alert type="error" showIcon title="变更记录加载失败" description={history.error.userMessage} />;
  const entries = history.data ?? [];
  if (entries.length === 0) return <Empty description="暂无变更记录" />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={entries.map((entry) => ({
        key: entry.id,
        title: entryTitle(entry),
        content: <ChangesTable changes={entry.changes} />,
      }))}
    />
  );
}
