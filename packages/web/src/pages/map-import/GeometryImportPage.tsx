import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Radio, Result, Space, Steps, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { EnvironmentOutlined, InboxOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { getEffectiveMapSettings, importGeometry, type GeometryImportKind, type GeometryImportResult, type ImportReport } from '../../api/geometry.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { KIND_LABELS, PreviousImports } from './PreviousImports.tsx';
import { ZoneChooser, type ZoneChoice } from './ZoneChooser.tsx';

// the server's multipart limit (packages/server/src/http/app.ts)
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(zip|geojson|json|kml)$/i;

interface Checked {
  file: File;
  report: ImportReport;
  srid: number | undefined;
  acceptRepairs: boolean;
}

function reportOf(error: ApiError): ImportReport | null {
  const report = error.body.report;
  return error.status === 422 && report && typeof report === 'object' ? (report as ImportReport) : null;
}

function AppliedResult({ result }: { result: GeometryImportResult }) {
  const navigate = useNavigate();
  const { report } = result;
  const parcels = new Set(report.matched.map((m) => m.parcelId)).size;
  const text =
    report.kind === 'PARCELS' ? `已更新 ${parcels} 宗地块的空间范围` : `已导入 ${report.matched.length} 个建筑物基底，涉及 ${parcels} 宗地块`;
  return (
    <Result
      status="success"
      title="导入成功"
      subTitle={`「${report.fileName}」：${text}`}
      extra={
        <Space>
          <Button type="primary" icon={<EnvironmentOutlined />} onClick={() => navigate('/map')}>
            在一张图中查看
          </Button>
          <Button onClick={() => navigate('/map/checks')}>图形质检</Button>
        </Space>
      }
    />
  );
}

export default function GeometryImportPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const jurisdictions = useJurisdictions();
  const settings = useRemote((signal) => getEffectiveMapSettings(signal), []);
  const [kind, setKind] = useState<GeometryImportKind>('PARCELS');
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [checked, setChecked] = useState<Checked>();
  const [applied, setApplied] = useState<GeometryImportResult>();
  const [failure, setFailure] = useState<ApiError>();
  const [zone, setZone] = useState<ZoneChoice>({ prefixed: false });
  const [refreshKey, setRefreshKey] = useState(0);
  const counties = jurisdictions.counties;
  const needsCounty = counties.length > 1;
  const target = needsCounty ? jurisdictionCode : counties[0]?.code;

  const check = async (file: File, srid: number | undefined, acceptRepairs: boolean) => {
    setBusy('check');
    setFailure(undefined);
    setApplied(undefined);
    try {
      const { report } = await importGeometry(file, { kind, dryRun: true, srid, acceptRepairs, jurisdictionCode: target });
      setChecked({ file, report, srid, acceptRepairs });
    } catch (err) {
      setChecked(undefined);
      setFailure(err instanceof ApiError ? err : new ApiError(0, {}));
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!checked) return;
    setBusy('apply');
    setFailure(undefined);
    try {
      const result = await importGeometry(checked.file, { kind, dryRun: false, srid: checked.srid, acceptRepairs: checked.acceptRepairs, jurisdictionCode: target });
      setApplied(result);
      setChecked(undefined);
      setRefreshKey((k) => k + 1);
      void message.success('图形已导入');
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, {});
      const report = reportOf(error);
      // the data changed between the dry run and now: show what the server found this time
      if (report) setChecked({ ...checked, report });
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!ACCEPTED.test(file.name)) {
      void message.error('只支持 Shapefile（把 .shp、.shx、.dbf、.prj 压缩成一个 .zip）、GeoJSON（.geojson / .json）和 KML（.kml）文件');
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      void message.error('文件不能超过 20 MB');
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess }) => {
    setZone({ prefixed: false });
    void check(file as File, undefined, false).then(() => onSuccess?.(null));
  };

  const step = applied ? 3 : checked?.report.ok ? 2 : checked || busy ? 1 : 0;

  return (
    <div className="ph-page">
      <PageTitle
        title="图形导入"
        extra={
          <Space>
            <Button onClick={() => navigate('/map/checks')}>图形质检</Button>
            <Button icon={<EnvironmentOutlined />} onClick={() => navigate('/map')}>
              一张图
            </Button>
          </Space>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          status={checked && !checked.report.ok ? 'error' : applied ? 'finish' : 'process'}
          items={[
            { title: '选择文件', content: '地块界址或建筑物基底，Shapefile、GeoJSON 或 KML' },
            { title: '预检', content: '识别坐标系，按宗地编号匹配台账，检查图形' },
            { title: '确认导入', content: '预检无问题后写入，全部成功或全部不写入' },
            { title: '完成', content: '在一张图和图形质检中核对' },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          地块界址按属性表中的宗地编号（字段名 code、地块编号、DKBH、ZDDM、宗地代码或宗地编号之一；KML 可用要素名称）与台账匹配，替换该宗地的空间范围；
          建筑物基底自动归入所在的宗地，替换该宗地原有的基底，用于测算建筑系数与空闲土地。坐标须为 CGCS2000 经纬度或 3 度带高斯-克吕格投影坐标。
        </Typography.Paragraph>
      </Card>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space wrap size="large">
            <Form.Item label="导入内容" style={{ margin: 0 }}>
              <Radio.Group
                value={kind}
                disabled={busy !== null}
                onChange={(e) => {
                  setKind(e.target.value as GeometryImportKind);
                  setChecked(undefined);
                  setApplied(undefined);
                }}
                options={(['PARCELS', 'BUILDINGS'] as const).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                optionType="button"
              />
            </Form.Item>
            {needsCounty && (
              <Form.Item label="导入到" required style={{ margin: 0 }}>
                <JurisdictionSelect jurisdictions={counties} value={jurisdictionCode} onChange={setJurisdictionCode} style={{ width: 260 }} />
              </Form.Item>
            )}
          </Space>
          {!jurisdictions.loading && counties.length === 0 && (
            <Alert type="warning" showIcon title="您的管辖范围内没有县（市、区）级行政区，无法导入图形" description={jurisdictions.error?.userMessage} />
          )}
          <Upload.Dragger
            accept=".zip,.geojson,.json,.kml"
            multiple={false}
            maxCount={1}
            showUploadList={false}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
            disabled={busy !== null || jurisdictions.loading || !target}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {busy === 'check'
                ? '正在预检，请稍候…'
                : jurisdictions.loading
                  ? '正在读取管辖范围…'
                  : needsCounty && !jurisdictionCode
                    ? '请先选择导入到哪个行政区'
                    : `点击或将${KIND_LABELS[kind]}文件拖到此处，系统先预检、不写入`}
            </p>
            <p className="ant-upload-hint">Shapefile 请把 .shp、.shx、.dbf、.prj（及 .cpg）压缩成一个 .zip；单个文件不超过 20 MB</p>
          </Upload.Dragger>
        </Space>
      </Card>
      {failure && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failure.title} description={failure.detail ?? '文件未能读取，请检查格式后重新上传'} />
      )}
      {checked && (
        <Card variant="borderless" title={`预检结果：${KIND_LABELS[checked.report.kind]}`} style={{ marginBottom: 16 }}>
          <ImportReportView
            report={checked.report}
            tolerance={settings.data?.areaTolerance}
            acceptRepairs={checked.acceptRepairs}
            onAcceptRepairs={(accept) => void check(checked.file, checked.srid, accept)}
            busy={busy !== null}
            zoneChooser={<ZoneChooser value={zone} onChange={setZone} busy={busy === 'check'} onCheck={(srid) => void check(checked.file, srid, checked.acceptRepairs)} />}
          />
          {checked.report.ok && (
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" loading={busy === 'apply'} disabled={busy === 'check'} onClick={() => void apply()}>
                确认导入
              </Button>
              <Typography.Text type="secondary">将写入 {checked.report.matched.length} 个要素</Typography.Text>
            </Space>
          )}
        </Card>
      )}
      {applied && (
        <Card variant="borderless" style={{ marginBottom: 16 }}>
          <AppliedResult result={applied} />
        </Card>
      )}
      <Card variant="borderless" title="导入记录">
        <PreviousImports refreshKey={refreshKey} />
      </Card>
    </div>
  );
}
