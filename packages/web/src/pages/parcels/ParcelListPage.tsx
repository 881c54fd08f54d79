import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Table, Tag, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface.js';
import { DownloadOutlined, EnvironmentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { exportParcels, listParcels } from '../../api/parcels.ts';
import type { ParcelSummary } from '../../api/types.ts';
import { ApiError } from '../../api/client.ts';
import { ColumnChooser } from '../../components/ColumnChooser.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useStoredColumns } from '../../hooks/useStoredColumns.ts';
import { useCan } from '../../session/session.tsx';
import { ParcelFilterBar } from './ParcelFilterBar.tsx';
import { CHOOSABLE_COLUMNS, DEFAULT_VISIBLE_COLUMNS, FIXED_COLUMNS, parcelColumns } from './parcelColumns.tsx';
import { readListQuery, toParcelFilters, writeListQuery, type ParcelListQuery } from './listQuery.ts';

export default function ParcelListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const can = useCan();
  const { message } = App.useApp();
  const query = useMemo(() => readListQuery(params), [params]);
  const filters = useMemo(() => toParcelFilters(query), [query]);
  const [exporting, setExporting] = useState(false);
  const [visible, setVisible] = useStoredColumns(
    'panhuo.parcels.columns',
    CHOOSABLE_COLUMNS.map((c) => c.key),
    DEFAULT_VISIBLE_COLUMNS,
  );

  const parcels = useRemote(
    (signal) => listParcels(filters, query.page, query.pageSize, signal),
    [filters, query.page, query.pageSize],
  );

  const update = (patch: Partial<ParcelListQuery>, resetPage = true) =>
    setParams(writeListQuery({ ...query, ...patch, ...(resetPage ? { page: 1 } : {}) }));

  const columns = parcelColumns
    .filter((c) => FIXED_COLUMNS.includes(c.key) || visible.includes(c.key))
    .map((c) => ({
      ...c,
      sorter: c.sortKey !== undefined,
      sortOrder: c.sortKey && query.sort === c.sortKey ? (query.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
    }));

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<ParcelSummary> | SorterResult<ParcelSummary>[],
  ) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const column = parcelColumns.find((c) => c.key === one?.columnKey);
    const sort = one?.order ? column?.sortKey : undefined;
    const order = one?.order === 'descend' ? 'desc' : 'asc';
    const sortChanged = sort !== query.sort || (sort !== undefined && order !== (query.order ?? 'asc'));
    const pageSize = pagination.pageSize ?? query.pageSize;
    update(
      { sort, order: sort ? order : undefined, pageSize, page: sortChanged || pageSize !== query.pageSize ? 1 : pagination.current ?? 1 },
      false,
    );
  };

  const runExport = async () => {
    setExporting(true);
    try {
      await exportParcels(filters);
    } catch (err) {
      void message.error(err instanceof ApiError ? `导出失败：${err.userMessage}` : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="ph-page">
      <PageTitle
        title="地块台账"
        extra={
          <>
            {can('ledger:write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/parcels/new')}>
                新增地块
              </Button>
            )}
            {can('ledger:import') && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/imports/ledger')}>
                导入台账
              </Button>
            )}
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>
              导出 Excel
            </Button>
          </>
        }
      />
      <Card variant="borderless">
        <ParcelFilterBar
          query={query}
          onChange={(patch) => update(patch)}
          onReset={() => setParams(writeListQuery({ page: 1, pageSize: query.pageSize, sort: query.sort, order: query.order }))}
        />
        {query.within && (
          <div style={{ marginBottom: 16 }}>
            {/* a selection drawn on 一张图: the polygon itself is too long to show */}
            <Tag icon={<EnvironmentOutlined />} color="blue" closable onClose={() => update({ within: undefined })}>
              按地图选区筛选
            </Tag>
          </div>
        )}
        {parcels.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="地块列表加载失败"
            description={parcels.error.userMessage}
            action={<Button onClick={parcels.reload}>重试</Button>}
          />
        )}
        <Table<ParcelSummary>
          rowKey="id"
          size="middle"
          loading={parcels.loading}
          columns={columns}
          dataSource={parcels.data?.items ?? []}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: parcels.loading ? ' ' : '没有符合条件的地块' }}
          title={() => (
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span>{parcels.data ? `共 ${parcels.data.total} 宗地块` : ' '}</span>
              <ColumnChooser
                columns={CHOOSABLE_COLUMNS}
                visible={visible}
                defaults={DEFAULT_VISIBLE_COLUMNS}
                onChange={setVisible}
              />
            </div>
          )}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: parcels.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showQuickJumper: true,
            showTotal: (total) => `共 ${total} 条`,
          }}
        />
      </Card>
    </div>
  );
}
