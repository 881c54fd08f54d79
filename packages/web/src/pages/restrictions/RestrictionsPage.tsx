import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Checkbox, Select, Space, Table, Tag } from 'antd';
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
export default function RestrictionsPage() {
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const filters: RestrictionFilters = {
    department: params.get('department') ?? undefined,
    // active only unless the user asks for lifted ones too
    active: params.get('all') === '1' ? undefined : true,
  };
  const list = useRemote((signal) => listRestrictions(filters, signal), [filters.department, filters.active]);
  // departments to choose from: those of the flags on screen plus the chosen one
  const all = useRemote((signal) => listRestrictions({}, signal), []);
  const departments = [...new Set((all.data?.items ?? []).map((r) => r.department))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
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
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 项` }}
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
