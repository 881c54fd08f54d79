import { Table } from 'antd';
import type { SheetProblem } from '../../api/types.ts';
import { EMPTY_TEXT } from '../../format/values.ts';

/** Problems (or warnings) of an import, located by sheet, row and column. */
export function ProblemsTable({ problems, emptyText }: { problems: SheetProblem[]; emptyText?: string }) {
  return (
    <Table<SheetProblem & { index: number }>
      size="small"
      bordered
      rowKey="index"
      dataSource={problems.map((p, index) => ({ ...p, index }))}
      locale={{ emptyText }}
      pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 条` }}
      columns={[
        { key: 'sheet', title: '工作表', width: 160, render: (_v, p) => p.sheet || EMPTY_TEXT },
        { key: 'row', title: '行', width: 80, align: 'right', render: (_v, p) => p.row ?? EMPTY_TEXT },
        { key: 'column', title: '列', width: 200, render: (_v, p) => p.column || EMPTY_TEXT },
        { key: 'message', title: '问题', render: (_v, p) => p.message },
      ]}
    />
  );
}
