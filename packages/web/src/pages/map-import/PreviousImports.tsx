import { Table, Typography } from 'antd';
import { sridNameZh } from '@panhuo/domain';
import { listGeometryImports, type GeometryImportRow } from '../../api/geometry.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';

export const KIND_LABELS: Record<string, string> = { PARCELS: '地块界址', BUILDINGS: '建筑物基底' };

/** The applied geometry imports of the user's jurisdictions, newest first. */
export function PreviousImports({ refreshKey }: { refreshKey: number }) {
  const imports = useRemote((signal) => listGeometryImports(signal), [refreshKey]);
  if (imports.error) return <ErrorResult error={imports.error} onRetry={imports.reload} />;
  return (
    <Table<GeometryImportRow>
      size="small"
      rowKey="id"
      loading={imports.loading}
      dataSource={imports.data ?? []}
      locale={{ emptyText: '还没有导入过图形' }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 次` }}
      columns={[
        { key: 'at', title: '导入时间', width: 170, render: (_v, r) => formatDateTime(r.createdAt) },
        { key: 'kind', title: '内容', width: 110, render: (_v, r) => KIND_LABELS[r.kind] ?? r.kind },
        { key: 'file', title: '文件', render: (_v, r) => r.fileName },
        { key: 'n', title: '要素 / 入库', width: 110, align: 'right', render: (_v, r) => `${r.featureCount} / ${r.matchedCount}` },
        {
          key: 'crs',
          title: '坐标系',
          render: (_v, r) => (
            <Typography.Text ellipsis={{ tooltip: r.crsReason }} style={{ maxWidth: 360 }}>
              {sridNameZh(r.sourceSrid)}
            </Typography.Text>
          ),
        },
        { key: 'by', title: '导入人', width: 120, render: (_v, r) => r.createdByName ?? '—' },
      ]}
    />
  );
}
