import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined, AuditOutlined, EditOutlined } from '@ant-design/icons';
import type { Parcel } from '../../api/types.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { StageTag } from '../../components/StageTag.tsx';
import { formatDateTime } from '../../format/values.ts';
import { ParcelPlanEntry } from '../disposal/ParcelPlanEntry.tsx';

export function ParcelHeader({ parcel, canEdit }: { parcel: Parcel; canEdit: boolean }) {
  const navigate = useNavigate();
  const area = typeof parcel.fields.area_m2 === 'number' ? parcel.fields.area_m2 : null;
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }}>
      <div className="ph-page-title" style={{ marginBottom: 12 }}>
        <Space size={12} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {String(parcel.fields.code ?? '')}
            <span style={{ margin: '0 10px', color: '#bbb' }}>|</span>
            {String(parcel.fields.name ?? '')}
          </Typography.Title>
          <StageTag stage={parcel.stage} />
        </Space>
        <Space>
          <ParcelPlanEntry parcelId={parcel.id} parcelCode={String(parcel.fields.code ?? '')} offerNew />
          <Button
            icon={<AuditOutlined />}
            onClick={() => navigate(`/identification?tab=parcels&q=${encodeURIComponent(String(parcel.fields.code ?? ''))}`)}
          >
            认定情况
          </Button>
          {canEdit && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/parcels/${parcel.id}/edit`)}>
              编辑
            </Button>
          )}
        </Space>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'area', label: '土地总面积', children: <AreaText m2={area} /> },
          { key: 'zone', label: '园区', children: parcel.zone?.name ?? <EmptyValue /> },
          {
            key: 'enterprise',
            label: '使用企业',
            children: parcel.enterprise ? (
              <Link to={`/enterprises/${parcel.enterprise.id}`}>{parcel.enterprise.name}</Link>
            ) : (
              <EmptyValue />
            ),
          },
          { key: 'updated', label: '最近更新', children: `${formatDateTime(parcel.updatedAt)}（第 ${parcel.version} 版）` },
        ]}
      />
    </Card>
  );
}
