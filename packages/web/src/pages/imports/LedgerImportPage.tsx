import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Result, Space, Steps, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { ApiError, saveBlob } from '../../api/client.ts';
import { downloadLedgerTemplate, importLedger } from '../../api/imports.ts';
import type { ImportSummary, SheetProblem } from '../../api/types.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { ProblemsTable } from './ProblemsTable.tsx';
import { problemsToCsv } from './problemsCsv.ts';

const MAX_BYTES = 20 * 1024 * 1024;

type Outcome =
  | { kind: 'done'; fileName: string; summary: ImportSummary }
  | { kind: 'refused'; fileName: string; problems: SheetProblem[] }
  | { kind: 'failed'; fileName: string; error: ApiError };

function Counts({ summary }: { summary: ImportSummary }) {
  return (
    <Space orientation="vertical" size={4}>
      <span>
        地块：新增 <b>{summary.parcelsCreated}</b> 宗，更新 <b>{summary.parcelsUpdated}</b> 宗，未变化 <b>{summary.parcelsUnchanged}</b> 宗
      </span>
      <span>
        企业：新增 <b>{summary.enterprisesCreated}</b> 家，更新 <b>{summary.enterprisesUpdated}</b> 家
      </span>
    </Space>
  );
}

export default function LedgerImportPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const jurisdictions = useJurisdictions();
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const counties = jurisdictions.counties;
  const needsCounty = counties.length > 1;
  const target = needsCounty ? jurisdictionCode : counties[0]?.code;

  const getTemplate = async () => {
    setDownloading(true);
    try {
      await downloadLedgerTemplate();
    } catch (err) {
      void message.error(err instanceof ApiError ? `模板下载失败：${err.userMessage}` : '模板下载失败');
    } finally {
      setDownloading(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!/\.xlsx$/i.test(file.name)) {
      void message.error('只能上传 .xlsx 格式的 Excel 文件（旧版 .xls 请先另存为 .xlsx）');
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      void message.error('文件不能超过 20 MB');
      return Upload.LIST_IGNORE;
    }
    if (needsCounty && !jurisdictionCode) {
      void message.warning('请先选择导入到哪个行政区');
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const upload = file as File;
    setUploading(true);
    setOutcome(undefined);
    importLedger(upload, target)
      .then((summary) => {
        setOutcome({ kind: 'done', fileName: upload.name, summary });
        onSuccess?.(summary);
      })
      .catch((err: unknown) => {
        const error = err instanceof ApiError ? err : new ApiError(0, {});
        const problems = error.body.problems;
        if (error.status === 422 && Array.isArray(problems)) {
          setOutcome({ kind: 'refused', fileName: upload.name, problems: problems as SheetProblem[] });
        } else {
          setOutcome({ kind: 'failed', fileName: upload.name, error });
        }
        onError?.(error);
      })
      .finally(() => setUploading(false));
  };

  const downloadProblems = (fileName: string, problems: SheetProblem[]) => {
    const base = fileName.replace(/\.xlsx$/i, '');
    saveBlob(new Blob([problemsToCsv(problems)], { type: 'text/csv;charset=utf-8' }), `${base}-问题清单.csv`);
  };

  return (
    <div className="ph-page">
      <PageTitle title="导入台账" extra={<Button onClick={() => navigate('/parcels')}>返回地块台账</Button>} />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          current={outcome ? (outcome.kind === 'done' ? 3 : 2) : uploading ? 2 : 0}
          status={outcome && outcome.kind !== 'done' ? 'error' : outcome ? 'finish' : 'process'}
          items={[
            { title: '下载模板', content: '使用本平台的 Excel 模板，表头不要修改' },
            { title: '填写台账', content: '每宗地一行，面积填平方米，金额填万元，日期填 YYYY-MM-DD' },
            { title: '上传文件', content: '系统逐行校验，全部无误才写入' },
            { title: '核对结果', content: '有问题时下载问题清单，修改后重新上传' },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          导入为“全部成功或全部不写入”：文件中任何一行有误，系统都不会写入数据，并列出所有问题所在的工作表、行和列。
          宗地编号已存在的地块将按文件内容更新，企业按统一社会信用代码（无代码时按企业名称）匹配。
        </Typography.Paragraph>
      </Card>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space wrap size="large">
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void getTemplate()}>
              下载导入模板
            </Button>
            {needsCounty && (
              <Form.Item label="导入到" required style={{ margin: 0 }}>
                <JurisdictionSelect
                  jurisdictions={counties}
                  value={jurisdictionCode}
                  onChange={setJurisdictionCode}
                  style={{ width: 260 }}
                />
              </Form.Item>
            )}
          </Space>
          {!jurisdictions.loading && counties.length === 0 && (
            <Alert
              type="warning"
              showIcon
              title="您的管辖范围内没有县（市、区）级行政区，无法导入台账"
              description={jurisdictions.error?.userMessage}
            />
          )}
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            maxCount={1}
            showUploadList={false}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
            // until /jurisdictions answers the target county is unknown: a file dropped then would be refused
            disabled={uploading || jurisdictions.loading || !target}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {uploading
                ? '正在校验并导入，请稍候…'
                : jurisdictions.loading
                  ? '正在读取管辖范围…'
                  : needsCounty && !jurisdictionCode
                    ? '请先选择导入到哪个行政区'
                    : '点击或将台账文件拖到此处上传'}
            </p>
            <p className="ant-upload-hint">仅支持 .xlsx 格式，单个文件不超过 20 MB</p>
          </Upload.Dragger>
        </Space>
      </Card>
      {outcome?.kind === 'done' && (
        <Card variant="borderless">
          <Result
            status="success"
            title="导入成功"
            subTitle={<span><FileExcelOutlined /> {outcome.fileName}</span>}
            extra={[
              <Counts key="counts" summary={outcome.summary} />,
              <div key="go" style={{ marginTop: 16 }}>
                <Button type="primary" onClick={() => navigate('/parcels')}>
                  查看地块台账
                </Button>
              </div>,
            ]}
          />
          {outcome.summary.warnings.length > 0 && (
            <>
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={`数据已写入，但有 ${outcome.summary.warnings.length} 条提示需要核对`}
              />
              <ProblemsTable problems={outcome.summary.warnings} />
            </>
          )}
        </Card>
      )}
      {outcome?.kind === 'refused' && (
        <Card variant="borderless">
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title="导入文件有误，未写入任何数据"
            description={`「${outcome.fileName}」中发现 ${outcome.problems.length} 个问题，请逐条修改后重新上传。`}
            action={
              <Button icon={<DownloadOutlined />} onClick={() => downloadProblems(outcome.fileName, outcome.problems)}>
                下载问题清单
              </Button>
            }
          />
          <ProblemsTable problems={outcome.problems} />
        </Card>
      )}
      {outcome?.kind === 'failed' && (
        <Alert type="error" showIcon title={outcome.error.title} description={outcome.error.detail ?? `「${outcome.fileName}」未能导入`} />
      )}
    </div>
  );
}
