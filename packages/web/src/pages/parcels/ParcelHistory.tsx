import { useState } from 'react';
import { Alert, Button, Empty, Spin, Table, Timeline, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { getParcelHistory } from '../../api/parcels.ts';
import type { FieldChange, HistoryEntry } from '../../api/types.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { formatChangeValue, formatDateTime } from '../../format/values.ts';

/** The audit actions a parcel's history can hold (server: audit.ts). */
const actionLabels: Record<string, string> = {
  CREATE: '新增地块',
  UPDATE: '修改',
  IMPORT: 'Excel 导入',
  CLOSE: '注销',
};

const actionLabel = (action: string) => actionLabels[action.toUpperCase()] ?? action;

/** A new record lists every field it was created with: show the first few, the rest on request. */
const FOLDED_ROWS = 8;

function ChangesTable({ changes }: { changes: FieldChange[] }) {
  const [expanded, setExpanded] = useState(false);
  if (changes.length === 0) return null;
  const folded = !expanded && changes.length > FOLDED_ROWS + 2;
  return (
    <>
      <Table<FieldChange>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={folded ? changes.slice(0, FOLDED_ROWS) : changes}
        style={{ marginTop: 8, maxWidth: 960 }}
        columns={[
          { key: 'label', title: '字段', width: 320, render: (_v, c) => c.labelZh },
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
      {changes.length > FOLDED_ROWS + 2 && (
        <Button type="link" style={{ paddingLeft: 0 }} onClick={() => setExpanded(!expanded)}>
          {expanded ? '收起' : `展开全部 ${changes.length} 项`}
        </Button>
      )}
    </>
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
      {entry.reason && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>依据：{entry.reason}</Typography.Text>}
      {entry.version != null && (
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          第 {entry.version} 版
        </Typography.Text>
      )}
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
        color: entry.action.toUpperCase() === 'UPDATE' ? 'blue' : 'green',
        content: (
          <div style={{ paddingBottom: 12 }}>
            {entryTitle(entry)}
            <ChangesTable changes={entry.changes} />
          </div>
        ),
      }))}
    />
  );
}
