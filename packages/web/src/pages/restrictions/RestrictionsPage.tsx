import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Checkbox, Select, Space, Table, Tag } from 'antd';
import { restrictionCatalogue } from '@panhuo/domain';
import { DownloadOutlined } from '@ant-design/icons';
import { exportRestrictions, listRestrictions, type Restriction, type RestrictionFilters } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';

/**
 * 限制措施清单 (P-JD04): what each department must withhold from enterprises whose land
 * was determined idle or inefficient, until the case is closed. Each department works
 * from its own filtered list or the exported sheet.
 */
const PAGE_SIZE = 50;

export default function RestrictionsPage() {
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const filters: RestrictionFilters = {
    department: params.get('department') ?? undefined,
    // active only unless the user asks for lifted ones too
    active: params.get('all') === '1' ? undefined : true,
  };
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const pageSize = Math.min(500, Math.max(1, Number(params.get('pageSize') ?? PAGE_SIZE) || PAGE_SIZE));
  const list = useRemote((signal) => listRestrictions(filters, page, pageSize, signal), [filters.department, filters.active, page, pageSize]);
  // one department per option: a flag may name several (科技商务经信局、财政局); the county may rename them
  const departments = [
    ...new Set([
      ...restrictionCatalogue.flatMap((e) => e.departments),
      ...(list.data?.items ?? []).flatMap((r) => r.department.split('、')),
      ...(filters.department ? [filters.department] : []),
    ]),
  ];

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page' && key !== 'pageSize') next.delete('page');
    setParams(next);
  };

  const runExport = async () => {
    setExporting(true);
    try {
      await exportRestrictions(filters);
    } catch (err) {
      void message.error(err instanceof ApiError ? `导出失败：${err.userMessage}` : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="ph-page">
      <PageTitle
        title="限制措施清单"
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>
            导出 Excel
          </Button>
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="执行部门"
            allowClear
            placeholder="执行部门"
            style={{ width: 240 }}
            value={filters.department}
            options={departments.map((d) => ({ value: d, label: d }))}
            onChange={(d?: string) => set('department', d)}
          />
          <Checkbox checked={filters.active === undefined} onChange={(e) => set('all', e.target.checked ? '1' : undefined)}>
            含已解除
          </Checkbox>
        </Space>
        {list.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="限制措施加载失败"
            description={list.error.userMessage}
            action={<Button onClick={list.reload}>重试</Button>}
          />
        )}
        <Table<Restriction>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: list.loading ? ' ' : '没有限制措施' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t) => `共 ${t} 项`,
            onChange: (p, ps) => {
              const next = new URLSearchParams(params);
              next.set('page', String(ps !== pageSize ? 1 : p));
              next.set('pageSize', String(ps));
              setParams(next);
            },
          }}
          columns={[
            {
              title: '企业',
              key: 'enterprise',
              render: (_: unknown, r) => <Link to={`/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</Link>,
            },
            { title: '限制措施', dataIndex: 'typeLabel' },
            { title: '执行部门', dataIndex: 'department' },
            { title: '依据案件', key: 'case', render: (_: unknown, r) => <Link to={`/cases/${r.case.id}`}>{r.case.caseNo}</Link> },
            { title: '起始日期', dataIndex: 'since', render: (d: string) => formatDate(d) },
            {
              title: '状态',
              key: 'state',
              render: (_: unknown, r) => (r.liftedOn ? <Tag color="green">{`${formatDate(r.liftedOn)}解除`}</Tag> : <Tag color="red">执行中</Tag>),
            },
          ]}
        />
      </Card>
    </div>
  );
}
