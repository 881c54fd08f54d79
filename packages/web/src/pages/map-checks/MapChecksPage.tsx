import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Badge, Button, Card, Space, Table, Tabs, Typography } from 'antd';
import { formatMu, formatSquareMetres } from '@panhuo/domain';
import { getMapChecks, type MapChecks, type ParcelRef } from '../../api/geometry.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatPercent } from '../../format/values.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { BatchSiteMeasurement } from './BatchSiteMeasurement.tsx';

const TABS = ['area', 'overlap', 'missing', 'measure'] as const;
type Tab = (typeof TABS)[number];
type Mismatch = MapChecks['areaMismatches'][number];
type Overlap = MapChecks['overlaps'][number];
type Missing = MapChecks['missingGeometry'][number];

const pagination = { pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t: number) => `共 ${t} 条`, hideOnSinglePage: true };
const signedPercent = (ratio: number) => `${ratio > 0 ? '+' : ''}${formatPercent(ratio)}`;

function ParcelLink({ parcel }: { parcel: ParcelRef }) {
  return (
    <Link to={`/parcels/${parcel.id}`}>
      {parcel.code} {parcel.name}
    </Link>
  );
}

function MismatchTable({ rows }: { rows: Mismatch[] }) {
  return (
    <Table<Mismatch>
      size="small"
      rowKey="parcelId"
      dataSource={rows}
      pagination={pagination}
      locale={{ emptyText: '所有已标图宗地的图形面积与台账面积相符' }}
      columns={[
        { key: 'code', title: '宗地编号', width: 170, render: (_v, r) => <Link to={`/parcels/${r.parcelId}`}>{r.code}</Link> },
        { key: 'name', title: '地块名称', render: (_v, r) => r.name },
        { key: 'recorded', title: '台账面积', width: 200, align: 'right', render: (_v, r) => `${formatSquareMetres(r.recordedM2)}（${formatMu(r.recordedM2)}）` },
        { key: 'computed', title: '图形面积', width: 200, align: 'right', render: (_v, r) => `${formatSquareMetres(r.computedM2)}（${formatMu(r.computedM2)}）` },
        {
          key: 'diff',
          title: '差异',
          width: 110,
          align: 'right',
          sorter: (a, b) => Math.abs(a.diffRatio) - Math.abs(b.diffRatio),
          defaultSortOrder: 'descend',
          render: (_v, r) => <Typography.Text type="danger">{signedPercent(r.diffRatio)}</Typography.Text>,
        },
      ]}
    />
  );
}

function OverlapTable({ rows }: { rows: Overlap[] }) {
  return (
    <Table<Overlap>
      size="small"
      rowKey={(r) => `${r.a.id}|${r.b.id}`}
      dataSource={rows}
      pagination={pagination}
      locale={{ emptyText: '没有相互重叠的宗地图形' }}
      columns={[
        { key: 'a', title: '宗地甲', render: (_v, r) => <ParcelLink parcel={r.a} /> },
        { key: 'b', title: '宗地乙', render: (_v, r) => <ParcelLink parcel={r.b} /> },
        {
          key: 'm2',
          title: '重叠面积',
          width: 160,
          align: 'right',
          sorter: (a, b) => a.overlapM2 - b.overlapM2,
          defaultSortOrder: 'descend',
          render: (_v, r) => formatSquareMetres(r.overlapM2),
        },
      ]}
    />
  );
}

function MissingTable({ rows, canImport }: { rows: Missing[]; canImport: boolean }) {
  return (
    <Table<Missing>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={pagination}
      locale={{ emptyText: '台账中的宗地都已标图入库' }}
      columns={[
        { key: 'code', title: '宗地编号', width: 170, render: (_v, r) => <Link to={`/parcels/${r.id}`}>{r.code}</Link> },
        { key: 'name', title: '地块名称', render: (_v, r) => r.name },
        { key: 'area', title: '台账面积', width: 200, align: 'right', render: (_v, r) => `${formatSquareMetres(r.areaM2)}（${formatMu(r.areaM2)}）` },
        ...(canImport ? [{ key: 'go', title: '操作', width: 110, render: () => <Link to="/map/import">导入图形</Link> }] : []),
      ]}
    />
  );
}

const tabLabel = (text: string, n: number) => (
  <Space size={6}>
    {text}
    <Badge count={n} showZero overflowCount={9999} color={n > 0 ? '#cf1322' : '#8c8c8c'} />
  </Space>
);

export default function MapChecksPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { all } = useJurisdictions();
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const checks = useRemote((signal) => getMapChecks(jurisdictionCode, signal), [jurisdictionCode]);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'area';
  const data = checks.data;

  return (
    <div className="ph-page">
      <PageTitle
        title="图形质检"
        extra={
          <Space>
            {all.length > 1 && (
              <JurisdictionSelect jurisdictions={all} allowClear placeholder="全部管辖范围" value={jurisdictionCode} onChange={setJurisdictionCode} style={{ width: 260 }} />
            )}
            {can('ledger:import') && <Button onClick={() => navigate('/map/import')}>图形导入</Button>}
            <Button onClick={() => navigate('/map')}>一张图</Button>
          </Space>
        }
      >
        <Typography.Text type="secondary">核对台账与图形是否一致：面积不符、图形重叠、尚未标图；按建筑物基底批量测算建筑系数与空闲土地。点击宗地编号打开地块详情，在“基本信息”中查看其图形。</Typography.Text>
      </PageTitle>
      {checks.error ? (
        <ErrorResult error={checks.error} onRetry={checks.reload} />
      ) : (
        <Card variant="borderless" loading={!data && checks.loading}>
          {data && (
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams(key === 'area' ? {} : { tab: key }, { replace: true })}
              items={[
                {
                  key: 'area',
                  label: tabLabel('面积不符', data.areaMismatches.length),
                  children: (
                    <>
                      <Alert
                        type="info"
                        showIcon
                        style={{ marginBottom: 12 }}
                        title={`图形面积与台账面积相差超过容差 ${formatPercent(data.tolerance)} 的宗地`}
                        description="图形面积在宗地所在的 3 度带高斯-克吕格投影中计算；台账面积以不动产登记（宗地面积）为准。差异大时请核对图形是否画错、是否包含代征道路，或台账面积是否录错。容差由管理员在“地图设置”中调整。"
                      />
                      <MismatchTable rows={data.areaMismatches} />
                    </>
                  ),
                },
                {
                  key: 'overlap',
                  label: tabLabel('图形重叠', data.overlaps.length),
                  children: (
                    <>
                      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="相互重叠超过 1 平方米的宗地（沿共用边界的微小重叠是数字化误差，不列出）" />
                      <OverlapTable rows={data.overlaps} />
                    </>
                  ),
                },
                {
                  key: 'missing',
                  label: tabLabel('未标图地块', data.missingGeometry.length),
                  children: <MissingTable rows={data.missingGeometry} canImport={can('ledger:import')} />,
                },
                { key: 'measure', label: '建筑系数与空闲土地', children: <BatchSiteMeasurement canWrite={can('ledger:write')} /> },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
