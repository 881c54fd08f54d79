import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Table, Tooltip } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { enumLabel, fieldByKey } from '@panhuo/domain';
import { listEnterprises } from '../../api/enterprises.ts';
import type { EnterpriseSummary } from '../../api/types.ts';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';

const label = (key: string) => fieldByKey('enterprise', key)?.labelZh ?? key;
const PAGE_SIZE = 20;

export default function EnterpriseListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const can = useCan();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [creating, setCreating] = useState(false);
  useEffect(() => setText(q), [q]);

  const enterprises = useRemote((signal) => listEnterprises(q || undefined, page, PAGE_SIZE, signal), [q, page]);

  const go = (next: { q?: string; page?: number }) => {
    const out = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) out.set('q', nq);
    if (next.page && next.page > 1) out.set('page', String(next.page));
    setParams(out);
  };

  return (
    <div className="ph-page">
      <PageTitle
        title="企业"
        extra={
          can('ledger:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记企业
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <div className="ph-toolbar" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            enterButton="搜索"
            placeholder="搜索企业名称或统一社会信用代码"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => go({ q: value.trim(), page: 1 })}
            style={{ width: 360 }}
          />
        </div>
        {enterprises.error && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title="企业列表加载失败" description={enterprises.error.userMessage} />
        )}
        <Table<EnterpriseSummary>
          rowKey="id"
          loading={enterprises.loading}
          dataSource={enterprises.data?.items ?? []}
          locale={{ emptyText: enterprises.loading ? ' ' : '没有符合条件的企业' }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 家企业`,
            onChange: (p) => go({ page: p }),
          }}
          columns={[
            {
              key: 'name',
              title: label('name'),
              render: (_v, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link>,
            },
            {
              key: 'uscc',
              title: label('uscc'),
              render: (_v, e) =>
                e.uscc ? (
                  <span style={{ fontFamily: 'monospace' }}>
                    {e.uscc}
                    {e.usccWarnings.length > 0 && (
                      <Tooltip title={e.usccWarnings.join('；')}>
                        <WarningOutlined style={{ color: '#faad14', marginLeft: 6 }} />
                      </Tooltip>
                    )}
                  </span>
                ) : (
                  <EmptyValue />
                ),
            },
            {
              key: 'industry',
              title: '行业',
              render: (_v, e) => (typeof e.fields.industryCode === 'string' ? e.fields.industryCode : <EmptyValue />),
            },
            {
              key: 'scale',
              title: '规模',
              render: (_v, e) => enumLabel('enterpriseScale', e.fields.scale as string | null) || <EmptyValue />,
            },
            {
              key: 'judicialStatus',
              title: label('judicialStatus'),
              render: (_v, e) => enumLabel('judicialStatus', e.fields.judicialStatus as string | null) || <EmptyValue />,
            },
            { key: 'parcelCount', title: '地块数', align: 'right', render: (_v, e) => e.parcelCount },
          ]}
        />
      </Card>
      <EnterpriseFormModal
        open={creating}
        enterprise={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          void navigate(`/enterprises/${saved.id}`);
        }}
      />
    </div>
  );
}
