import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Table, Typography } from 'antd';
import { listPublications, type Publication } from '../../api/cases.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';

/** 公示记录: the determinations made public (Order 53 Art. 20), newest first. */
export default function PublicationsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize') ?? 20) || 20));
  const list = useRemote((signal) => listPublications(q, page, pageSize, signal), [q, page, pageSize]);
  const go = (next: { q?: string; page?: number; pageSize?: number }) => {
    const out = new URLSearchParams();
    const merged = { q, page: 1, pageSize, ...next };
    if (merged.q) out.set('q', merged.q);
    if (merged.page !== 1) out.set('page', String(merged.page));
    if (merged.pageSize !== 20) out.set('pageSize', String(merged.pageSize));
    setParams(out);
  };
  return (
    <div className="ph-page">
      <PageTitle title="公示记录">
        <Typography.Text type="secondary">已认定闲置土地的公示情况。</Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        <Input.Search
          key={q ?? ''}
          allowClear
          placeholder="案件编号、宗地编号、地块名称、企业"
          style={{ width: 300, marginBottom: 16 }}
          defaultValue={q}
          onSearch={(v) => go({ q: v.trim() || undefined })}
        />
        {list.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="公示记录加载失败"
            description={list.error.userMessage}
            action={<Button onClick={list.reload}>重试</Button>}
          />
        )}
        <Table<Publication>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: list.loading ? ' ' : '尚无公示记录' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 条`,
            onChange: (p, ps) => go({ page: ps !== pageSize ? 1 : p, pageSize: ps }),
          }}
          columns={[
            { title: '公示日期', dataIndex: 'publishedOn', render: (d: string) => formatDate(d) },
            { title: '案件编号', key: 'case', render: (_: unknown, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNo ?? '查看案件'}</Link> },
            { title: '地块', key: 'parcel', render: (_: unknown, p) => [p.parcelCode, p.parcelName].filter(Boolean).join(' ') || '—' },
            { title: '企业', dataIndex: 'enterpriseName', render: (v: string | null | undefined) => v ?? '—' },
            { title: '公示渠道', dataIndex: 'channel' },
            {
              title: '网址',
              dataIndex: 'url',
              render: (u: string | null) =>
                u ? (
                  <a href={u} target="_blank" rel="noreferrer">
                    {u}
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
