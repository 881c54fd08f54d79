import type { ReactNode } from 'react';
import { Alert, Button, Checkbox, Descriptions, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportReport } from '../../api/geometry.ts';
import { saveBlob } from '../../api/client.ts';
import { EMPTY_TEXT } from '../../format/values.ts';
import { GeometryProblemsTable } from './GeometryProblemsTable.tsx';
import { MatchedTable } from './MatchedTable.tsx';
import { geometryProblemsToCsv } from './reportCsv.ts';

const FORMAT_LABELS: Record<string, string> = { SHAPEFILE: 'Shapefile（.zip）', GEOJSON: 'GeoJSON', KML: 'KML' };

function downloadProblems(report: ImportReport) {
  const base = report.fileName.replace(/\.(zip|geojson|json|kml)$/i, '');
  saveBlob(new Blob([geometryProblemsToCsv(report.problems)], { type: 'text/csv;charset=utf-8' }), `${base}-图形问题清单.csv`);
}

/** The report of a dry run (or of a refused apply): CRS and why, matched parcels, problems. */
export function ImportReportView({
  report,
  tolerance,
  acceptRepairs,
  onAcceptRepairs,
  zoneChooser,
  busy,
}: {
  report: ImportReport;
  tolerance: number | undefined;
  acceptRepairs: boolean;
  onAcceptRepairs: (accept: boolean) => void;
  zoneChooser: ReactNode;
  busy: boolean;
}) {
  const repairable = report.problems.some((p) => p.kind === 'INVALID_POLYGON' && p.repaired != null);
  const parcels = report.kind === 'PARCELS';
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'file', label: '文件', children: report.fileName },
          { key: 'format', label: '格式', children: FORMAT_LABELS[report.format] ?? report.format },
          { key: 'count', label: '要素个数', children: report.featureCount },
          { key: 'codes', label: '编号取自', children: parcels ? report.codeAttributes.join('、') || EMPTY_TEXT : '按所在宗地自动归属' },
          { key: 'crs', label: '坐标系', span: 2, children: <span data-testid="crs-reason">{report.crsReason}</span> },
          ...(report.encodingReason ? [{ key: 'enc', label: '属性编码', span: 2, children: report.encodingReason }] : []),
        ]}
      />
      {report.srid === null && zoneChooser}
      {report.ok ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`预检通过：${report.matched.length} 个要素可以导入`}
          description={parcels ? '确认导入后，这些宗地的空间范围将被替换，并记入各宗地的变更记录。' : '确认导入后，所涉宗地原有的建筑物基底将被本次文件中的基底替换。'}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`发现 ${report.problems.length} 处问题，不能导入`}
          description={`导入为“全部成功或全部不写入”：请按下表逐条处理后重新上传${repairable ? '；如只是个别图形自相交，可勾选下方的“采用修复后图形”' : ''}。`}
          action={
            <Button icon={<DownloadOutlined />} onClick={() => downloadProblems(report)}>
              下载问题清单
            </Button>
          }
        />
      )}
      {(repairable || acceptRepairs) && (
        <Checkbox checked={acceptRepairs} disabled={busy} onChange={(e) => onAcceptRepairs(e.target.checked)} style={{ marginBottom: 16 }}>
          采用修复后图形（系统用 ST_MakeValid 修复自相交等无效图形；请导入后在一张图中核对修复结果）
        </Checkbox>
      )}
      {report.problems.length > 0 && (
        <>
          <Typography.Title level={5}>问题清单</Typography.Title>
          <GeometryProblemsTable problems={report.problems} />
        </>
      )}
      {report.matched.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {parcels ? '匹配到的宗地' : '匹配到的建筑物基底'}
          </Typography.Title>
          {parcels && tolerance !== undefined && (
            <Typography.Paragraph type="secondary">
              差异 =（图形面积 − 台账面积）÷ 台账面积，图形面积按所在 3 度带高斯-克吕格投影计算；超过容差 {Math.round(tolerance * 10000) / 100}% 的标红，导入后会列入“图形质检 · 面积不符”。
            </Typography.Paragraph>
          )}
          <MatchedTable kind={report.kind} matched={report.matched} tolerance={tolerance} />
        </>
      )}
    </>
  );
}
