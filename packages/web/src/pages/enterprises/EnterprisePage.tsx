import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { enterpriseFields, formatMu } from '@panhuo/domain';
import { getEnterprise } from '../../api/enterprises.ts';
import type { ParcelSummary } from '../../api/types.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { FieldDescriptions } from '../../components/FieldDescriptions.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { parcelColumns } from '../parcels/parcelColumns.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';

const PARCEL_COLUMNS = ['code', 'name', 'location', 'zone', 'area', 'stage', 'agreedStartDate'];

export default function EnterprisePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const enterprise = useRemote(() => getEnterprise(id), [id]);
  const [editing, setEditing] = useState(false);

  if (enterprise.error) return <div className="ph-page"><ErrorResult error={enterprise.error} onRetry={enterprise.reload} /></div>;
  if (!enterprise.data) return <PageLoading />;
  const e = enterprise.data;
  const totalArea = e.parcels.reduce((sum, p) => sum + p.area_m2, 0);

  return (
    <div className="ph-page">
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <div className="ph-page-title" style={{ marginBottom: 0 }}>
          <Space size={12} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {e.name}
            </Typography.Title>
            {e.uscc && <Typography.Text type="secondary" copyable>{e.uscc}</Typography.Text>}
          </Space>
          {can('ledger:write') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑
            </Button>
          )}
        </div>
      </Card>
      {e.usccWarnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="统一社会信用代码需核对"
          description={e.usccWarnings.join('；')}
        />
      )}
      <Card variant="borderless" title="企业信息" style={{ marginBottom: 16 }}>
        <FieldDescriptions defs={enterpriseFields} values={e.fields} />
      </Card>
      <Card
        variant="borderless"
        title={`使用地块（${e.parcels.length} 宗${e.parcels.length > 0 ? `，合计 ${formatMu(totalArea)}` : ''}）`}
      >
        <Table<ParcelSummary>
          rowKey="id"
          size="middle"
          dataSource={e.parcels}
          pagination={e.parcels.length > 10 ? { pageSize: 10 } : false}
          columns={parcelColumns.filter((c) => PARCEL_COLUMNS.includes(c.key))}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '该企业暂无登记的地块' }}
        />
      </Card>
      <EnterpriseFormModal
        open={editing}
        enterprise={e}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          enterprise.reload();
        }}
      />
    </div>
  );
}
