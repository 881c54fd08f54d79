import { useState } from 'react';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { formatSquareMetres } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { SetbackInput } from '../../components/SetbackInput.tsx';
import { getEffectiveMapSettings, measureSite, type SiteMeasurementResult } from '../../api/geometry.ts';
import type { Parcel } from '../../api/types.ts';
import { formatDate, formatPercent } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';

function Result({ r }: { r: SiteMeasurementResult }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      style={{ marginTop: 12 }}
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'footprint', label: '建筑基底面积', children: formatSquareMetres(r.buildingFootprint_m2) },
        { key: 'coverage', label: '建筑系数', children: formatPercent(r.buildingCoverage) },
        {
          key: 'vacant',
          label: '最大连片空闲土地',
          children: `${formatSquareMetres(r.vacantContiguousArea_m2)}（${r.measurement.largestVacantMu.toLocaleString('zh-CN')} 亩）`,
        },
        { key: 'on', label: '测算日期', children: formatDate(r.measuredOn) },
        { key: 'count', label: '建筑物基底', children: `${r.measurement.footprintCount} 处，退让 ${r.measurement.setbackM} 米` },
        { key: 'version', label: '台账版本', children: `已写入，第 ${r.parcelVersion} 版` },
        { key: 'method', label: '方法', span: 2, children: r.measurement.method },
      ]}
    />
  );
}

/**
 * 测算建筑系数与空闲土地: measures the parcel from its building footprints and writes the
 * three site facts to the ledger; the page reloads the parcel to show them.
 */
export function SiteMeasurementCard({ parcel, onMeasured }: { parcel: Parcel; onMeasured: () => void }) {
  const can = useCan();
  const { message } = App.useApp();
  // the parcel's county's setback, which the server applies when none is sent
  const settings = useRemote((signal) => getEffectiveMapSettings(signal, parcel.jurisdictionCode), [parcel.jurisdictionCode]);
  const [setbackM, setSetbackM] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SiteMeasurementResult>();
  const [error, setError] = useState<ApiError>();
  if (!can('ledger:write')) return null;
  const setback = setbackM ?? settings.data?.vacantSetbackM ?? null;

  const measure = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await measureSite(parcel.id, setback ?? undefined);
      setResult(r);
      void message.success('测算结果已写入台账');
      onMeasured();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, {}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ marginTop: 16 }} data-testid="site-measurement">
      <Space wrap align="center">
        <span>退让距离</span>
        <SetbackInput value={setback} onChange={setSetbackM} />
        <Popconfirm
          title="测算并写入台账？"
          description="将依据已导入的建筑物基底图形，覆盖台账中的建筑占地面积、建筑系数和连片空闲土地面积，并记入变更记录。"
          okText="测算"
          cancelText="取消"
          onConfirm={() => void measure()}
        >
          <Button icon={<CalculatorOutlined />} loading={busy}>
            测算建筑系数与空闲土地
          </Button>
        </Popconfirm>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        需先在“图形导入”中导入该宗地的界址和建筑物基底。退让距离默认取地图设置中的值。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error.title} description={error.detail} />}
      {result && <Result r={result} />}
    </div>
  );
}
