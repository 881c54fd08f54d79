import { Table, Tag } from 'antd';
import type { GeometryProblem } from '../../api/geometry.ts';
import { EMPTY_TEXT } from '../../format/values.ts';
import { problemKindLabel } from './problemKinds.ts';

/** The problems of a geometry import, one row per feature and problem. */
export function GeometryProblemsTable({ problems }: { problems: GeometryProblem[] }) {
  return (
    <Table<GeometryProblem & { index: number }>
      size="small"
      bordered
      rowKey="index"
      dataSource={problems.map((p, index) => ({ ...p, index }))}
      pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 条`, hideOnSinglePage: true }}
      columns={[
        { key: 'feature', title: '要素序号', width: 100, align: 'right', render: (_v, p) => p.featureIndex ?? '整个文件' },
        { key: 'code', title: '编号', width: 180, render: (_v, p) => p.code ?? EMPTY_TEXT },
        { key: 'kind', title: '问题类型', width: 160, render: (_v, p) => <Tag color={p.kind === 'INVALID_POLYGON' ? 'orange' : 'red'}>{problemKindLabel(p.kind)}</Tag> },
        { key: 'message', title: '说明', render: (_v, p) => p.messageZh },
      ]}
    />
  );
}
