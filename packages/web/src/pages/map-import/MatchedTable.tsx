import { Link } from 'react-router-dom';
import { Table, Tag, Typography } from 'antd';
import { formatSquareMetres } from '@panhuo/domain';
import type { GeometryImportKind, MatchedFeature } from '../../api/geometry.ts';
import { EMPTY_TEXT, formatPercent } from '../../format/values.ts';

const signedPercent = (ratio: number) => `${ratio > 0 ? '+' : ''}${formatPercent(ratio)}`;

/** The features that found their parcel, with the computed area beside the recorded one. */
export function MatchedTable({ kind, matched, tolerance }: { kind: GeometryImportKind; matched: MatchedFeature[]; tolerance: number | undefined }) {
  const parcels = kind === 'PARCELS';
  return (
    <Table<MatchedFeature>
      size="small"
      bordered
      rowKey="featureIndex"
      dataSource={matched}
      pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 条`, hideOnSinglePage: true }}
      columns={[
        { key: 'feature', title: '要素序号', width: 100, align: 'right', render: (_v, m) => m.featureIndex },
        { key: 'code', title: parcels ? '宗地编号' : '所在宗地编号', width: 180, render: (_v, m) => <Link to={`/parcels/${m.parcelId}`}>{m.code}</Link> },
        { key: 'name', title: '地块名称', render: (_v, m) => m.parcelName },
        ...(parcels
          ? [
              { key: 'recorded', title: '台账面积', width: 150, align: 'right' as const, render: (_v: unknown, m: MatchedFeature) => (m.recordedAreaM2 == null ? EMPTY_TEXT : formatSquareMetres(m.recordedAreaM2)) },
              { key: 'computed', title: '图形面积', width: 150, align: 'right' as const, render: (_v: unknown, m: MatchedFeature) => formatSquareMetres(m.computedAreaM2) },
              {
                key: 'diff',
                title: '差异',
                width: 110,
                align: 'right' as const,
                render: (_v: unknown, m: MatchedFeature) => {
                  if (m.diffRatio == null) return EMPTY_TEXT;
                  const over = tolerance !== undefined && Math.abs(m.diffRatio) > tolerance;
                  return <Typography.Text type={over ? 'danger' : undefined}>{signedPercent(m.diffRatio)}</Typography.Text>;
                },
              },
            ]
          : [{ key: 'computed', title: '基底面积', width: 150, align: 'right' as const, render: (_v: unknown, m: MatchedFeature) => formatSquareMetres(m.computedAreaM2) }]),
        { key: 'repaired', title: '备注', width: 110, render: (_v, m) => (m.repaired ? <Tag color="orange">已采用修复图形</Tag> : null) },
      ]}
    />
  );
}
