import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Alert, Card, Skeleton, Tabs } from 'antd';
import { contractFields, sectionLabels } from '@panhuo/domain';
import { getParcel } from '../../api/parcels.ts';
import type { Parcel } from '../../api/types.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { FieldDescriptions } from '../../components/FieldDescriptions.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { ParcelHeader } from './ParcelHeader.tsx';
import { ParcelHistory } from './ParcelHistory.tsx';
import { YearsTable } from './YearsTable.tsx';
import { enterpriseComplianceFields, parcelSection } from './sections.ts';
import { SiteMeasurementNote } from './SiteMeasurementNote.tsx';
import { SiteMeasurementCard } from './SiteMeasurementCard.tsx';

// OpenLayers stays out of the page's chunk until the outline is shown
const ParcelMiniMap = lazy(() => import('../map/ParcelMiniMap.tsx'));

const TAB_KEYS = ['basic', 'contract', 'construction', 'operations', 'compliance', 'history'] as const;
type TabKey = (typeof TAB_KEYS)[number];

function tabs(parcel: Parcel, reload: () => void) {
  const gap = <div style={{ height: 24 }} />;
  return [
    {
      key: 'basic',
      label: '基本信息',
      children: (
        <>
          <FieldDescriptions defs={parcelSection('basic')} values={parcel.fields} />
          {gap}
          <h3 style={{ fontSize: 16, margin: '0 0 12px' }}>地块图形</h3>
          <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
            <ParcelMiniMap parcelId={parcel.id} jurisdictionCode={parcel.jurisdictionCode} geometry={parcel.geometry} />
          </Suspense>
        </>
      ),
    },
    {
      key: 'contract',
      label: '合同指标',
      children: (
        <>
          {!parcel.contract && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title="尚未录入出让合同（划拨决定书）约定的指标" />
          )}
          <FieldDescriptions defs={contractFields} values={parcel.contract} />
        </>
      ),
    },
    {
      key: 'construction',
      label: '建设情况',
      children: (
        <>
          <FieldDescriptions defs={parcelSection('construction')} values={parcel.fields} />
          {gap}
          <FieldDescriptions title={sectionLabels.site} defs={parcelSection('site')} values={parcel.fields} />
          <SiteMeasurementNote parcel={parcel} />
          <SiteMeasurementCard parcel={parcel} onMeasured={reload} />
        </>
      ),
    },
    {
      key: 'operations',
      label: '经营数据',
      children: (
        <>
          <FieldDescriptions defs={parcelSection('operations')} values={parcel.fields} />
          {gap}
          <h3 style={{ fontSize: 16, margin: '0 0 12px' }}>{sectionLabels.year}（金额单位：万元）</h3>
          <YearsTable years={parcel.years} area_m2={parcel.fields.area_m2} />
        </>
      ),
    },
    {
      key: 'compliance',
      label: '合规与司法',
      children: (
        <>
          <FieldDescriptions defs={parcelSection('compliance')} values={parcel.fields} />
          {gap}
          {parcel.enterprise ? (
            <FieldDescriptions
              title={`使用企业：${parcel.enterprise.name}`}
              defs={enterpriseComplianceFields}
              values={parcel.enterprise.fields}
            />
          ) : (
            <Alert type="info" showIcon title="该地块尚未关联使用企业，无企业司法与产业目录信息" />
          )}
        </>
      ),
    },
    { key: 'history', label: '变更记录', children: <ParcelHistory parcelId={parcel.id} version={parcel.version} /> },
  ];
}

export default function ParcelPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const parcel = useRemote(() => getParcel(id), [id]);
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey = requested && TAB_KEYS.includes(requested) ? requested : 'basic';

  if (parcel.error) return <div className="ph-page"><ErrorResult error={parcel.error} onRetry={parcel.reload} /></div>;
  if (!parcel.data) return <PageLoading />;

  return (
    <div className="ph-page">
      <ParcelHeader parcel={parcel.data} canEdit={can('ledger:write')} />
      <Card variant="borderless">
        <Tabs
          activeKey={active}
          onChange={(key) => setParams(key === 'basic' ? {} : { tab: key }, { replace: true })}
          items={tabs(parcel.data, parcel.reload)}
          destroyOnHidden
        />
      </Card>
    </div>
  );
}
