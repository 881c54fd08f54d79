import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { CloseOutlined, DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { exportWithinGeoJson, exportWithinShapefile } from '../../api/map.ts';
import { exportParcels } from '../../api/parcels.ts';
import type { ParcelSummary } from '../../api/types.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { writeListQuery } from '../parcels/listQuery.ts';
import { DEFAULT_PAGE_SIZE } from '../parcels/listQuery.ts';
import { SELECTION_LIST_LIMIT, loadSelectedParcels } from './selectedParcels.ts';

/** Codes and areas stay on one line in the narrow panel; names wrap. */
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

type ExportKind = 'xlsx' | 'geojson' | 'shp';

interface Props {
  within: string;
  jurisdictionCode: string | undefined;
  onParcels: (ids: string[]) => void;
  onClear: () => void;
}

/** The parcels of a map selection: count, list, the ledger view and the exports of exactly these. */
export function SelectionPanel({ within, jurisdictionCode, onParcels, onClear }: Props) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const selected = useRemote((signal) => loadSelectedParcels(within, jurisdictionCode, signal), [within, jurisdictionCode]);

  useEffect(() => {
    onParcels(selected.data?.items.map((p) => p.id) ?? []);
    // the callback is the page's setter; only the answer matters
  }, [selected.data]);

  const runExport = async (kind: ExportKind) => {
    setExporting(kind);
    try {
      if (kind === 'xlsx') await exportParcels({ within, jurisdictionCode });
      else if (kind === 'geojson') await exportWithinGeoJson(within, jurisdictionCode);
      else await exportWithinShapefile(within, jurisdictionCode);
    } catch (err) {
      void message.error(err instanceof ApiError ? `导出失败：${err.userMessage}` : '导出失败');
    } finally {
      setExporting(null);
    }
  };

  const openLedger = () => {
    const params = writeListQuery({ within, page: 1, pageSize: DEFAULT_PAGE_SIZE });
    void navigate(`/parcels?${params.toString()}`);
  };

  const total = selected.data?.total;
  return (
    <Card
      size="small"
      className="ph-map-panel"
      title={total === undefined ? '选区内地块' : `选区内地块：共 ${total} 宗`}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} onClick={onClear}>清除选择</Button>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<UnorderedListOutlined />} onClick={openLedger} disabled={!total}>
          在台账中查看
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting === 'xlsx'} disabled={!total} onClick={() => void runExport('xlsx')}>
          导出 Excel
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting === 'geojson'} disabled={!total} onClick={() => void runExport('geojson')}>
          导出 GeoJSON
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting === 'shp'} disabled={!total} onClick={() => void runExport('shp')}>
          导出 Shapefile
        </Button>
      </Space>
      {selected.error && (
        <Alert type="error" showIcon title="选区内地块加载失败" description={selected.error.userMessage} action={<Button onClick={selected.reload}>重试</Button>} />
      )}
      {total !== undefined && total > SELECTION_LIST_LIMIT && (
        <Typography.Paragraph type="secondary">仅列出按编号排序的前 {SELECTION_LIST_LIMIT} 宗；导出包含全部 {total} 宗。</Typography.Paragraph>
      )}
      <Table<ParcelSummary>
        rowKey="id"
        size="small"
        loading={selected.loading}
        dataSource={selected.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: selected.loading ? ' ' : '选区内没有地块' }}
        columns={[
          { key: 'code', title: '地块编号', dataIndex: 'code', onCell: nowrap, render: (code: string, p) => <Link to={`/parcels/${p.id}`}>{code}</Link> },
          { key: 'name', title: '地块名称', dataIndex: 'name' },
          { key: 'area', title: '面积', dataIndex: 'area_m2', align: 'right', onCell: nowrap, render: (m2: number) => <AreaText m2={m2} /> },
        ]}
      />
    </Card>
  );
}
