import { Alert, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { listAssignments, type OrgPosition } from '../../api/organisation.ts';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';

/**
 * 任职记录 of one position, newest first. Loaded when opened, and again whenever the
 * page's data reloads (`refreshKey`), so a 任命 just made shows at once.
 */
export function AssignmentHistory({ position, refreshKey }: { position: OrgPosition; refreshKey: unknown }) {
  const history = useRemote((signal) => listAssignments(position.id, signal), [position.id, refreshKey]);
  if (history.loading && !history.data) return <Spin size="small" style={{ margin: 12 }} />;
  if (history.error) return <Alert type="error" showIcon title="任职记录加载失败" description={history.error.userMessage} />;
  const items = [...(history.data ?? [])].reverse();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该席位尚无任职记录" style={{ margin: '8px 0' }} />;
  return (
    <div style={{ padding: '12px 8px 0 24px' }}>
      <Timeline
        items={items.map((a) => ({
          key: a.id,
          color: a.id === position.holder?.assignmentId ? 'green' : 'gray',
          content: (
            <span>
              <Typography.Text strong>{a.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {formatDate(a.from)} — {a.to ? formatDate(a.to) : '至今'}
              </Typography.Text>
              {a.id === position.holder?.assignmentId && (
                <Tag color="green" style={{ marginLeft: 8 }}>
                  在任
                </Tag>
              )}
            </span>
          ),
        }))}
      />
    </div>
  );
}
