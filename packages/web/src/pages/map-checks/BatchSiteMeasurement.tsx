import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { formatSquareMetres } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { SetbackInput } from '../../components/SetbackInput.tsx';
import { measureAllSites, type SiteMeasurementResult } from '../../api/geometry.ts';
import { formatPercent } from '../../format/values.ts';

const pagination = { pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t: number) => `共 ${t} 宗`, hideOnSinglePage: true };

/**
 * 批量测算: every parcel with building footprints measured at once (after importing a
 * county's footprints), written to the ledger in one transaction, with what was written.
 */
export function BatchSiteMeasurement({ canWrite }: { canWrite: boolean }) {
  const { message } = App.useApp();
  const [setbackM, setSetbackM] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [items, setItems] = useState<SiteMeasurementResult[]>();
  const [error, setError] = useState<ApiError>();

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // left empty, each parcel takes its own county's setback (地图设置)
      const r = await measureAllSites(setbackM ?? undefined);
      setItems(r.items);
      void message.success(r.items.length > 0 ? `已测算 ${r.items.length} 宗并写入台账` : '没有已导入建筑物基底的宗地');
    } catch (err) {
      setError(err instanceof ApiError ? err : undefined);
      if (!(err instanceof ApiError)) void message.error('测算失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="按建筑物基底测算建筑系数和宗地内最大连片空闲土地"
        description="对管辖范围内每一宗已导入建筑物基底的宗地：建筑系数 = 建筑物基底面积 ÷ 台账宗地面积；空闲土地 = 宗地图形扣除建筑物基底及其退让距离后最大的一块。结果写入台账的“用地现状”（记入变更记录，注明测算日期和方法）。旌德的分割转让（连片空闲超过 5 亩）和永宁的低效标准（超过 10 亩）使用这一数值，测算后请重新运行认定。单宗测算在地块详情中进行。"
      />
      {canWrite ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <span>退让距离</span>
          <SetbackInput value={setbackM} onChange={setSetbackM} placeholder="按地图设置" width={150} />
          <Typography.Text type="secondary">不填时，每宗地按其所在县（区）地图设置中的退让距离</Typography.Text>
          <Popconfirm
            title="批量测算并写入台账"
            description="所有已导入建筑物基底的宗地的建筑系数和连片空闲土地面积将被测算值替换。继续？"
            okText="测算并写入"
            cancelText="取消"
            onConfirm={() => void run()}
          >
            <Button type="primary" icon={<CalculatorOutlined />} loading={busy}>
              测算全部宗地
            </Button>
          </Popconfirm>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary">您的角色不能修改台账，无法测算。</Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="测算未完成，台账没有改动" description={error.userMessage} />}
      {items && (
        <Table<SiteMeasurementResult>
          size="small"
          rowKey="parcelId"
          dataSource={items}
          pagination={pagination}
          locale={{ emptyText: '没有已导入建筑物基底的宗地：先在“图形导入”中导入建筑物基底' }}
          columns={[
            { key: 'code', title: '宗地编号', width: 150, render: (_v, r) => <Link to={`/parcels/${r.parcelId}`}>{r.code}</Link> },
            { key: 'name', title: '地块名称', render: (_v, r) => r.name },
            { key: 'count', title: '建筑物基底', width: 110, align: 'right', render: (_v, r) => `${r.measurement.footprintCount} 处` },
            { key: 'footprint', title: '建筑基底面积', width: 160, align: 'right', render: (_v, r) => formatSquareMetres(r.buildingFootprint_m2) },
            {
              key: 'coverage',
              title: '建筑系数',
              width: 110,
              align: 'right',
              sorter: (a, b) => a.buildingCoverage - b.buildingCoverage,
              render: (_v, r) => formatPercent(r.buildingCoverage),
            },
            {
              key: 'vacant',
              title: '最大连片空闲土地',
              width: 250,
              align: 'right',
              sorter: (a, b) => a.vacantContiguousArea_m2 - b.vacantContiguousArea_m2,
              defaultSortOrder: 'descend',
              render: (_v, r) => `${formatSquareMetres(r.vacantContiguousArea_m2)}（${r.measurement.largestVacantMu.toLocaleString('zh-CN')} 亩）`,
            },
          ]}
        />
      )}
    </>
  );
}
