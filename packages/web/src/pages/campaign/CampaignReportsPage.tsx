import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { createReport, downloadReport, listReports, reportKinds, type CampaignReport, type ReportKind } from '../../api/campaign.ts';
import { ApiError } from '../../api/client.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';

interface GenerateValues {
  kind: ReportKind;
  asOf?: Dayjs | null;
}

/** 生成报表: one report of the chosen kind as of a day; the list reloads when it is made. */
function GenerateForm({ jurisdictionCode, onGenerated }: { jurisdictionCode: string | undefined; onGenerated: (r: CampaignReport) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<GenerateValues>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const cadence = reportKinds.find((k) => k.kind === kind)?.cadenceZh;

  const submit = async (values: GenerateValues) => {
    setBusy(true);
    try {
      const report = await createReport({ kind: values.kind, asOf: values.asOf ? values.asOf.format('YYYY-MM-DD') : undefined, jurisdictionCode });
      void message.success(`已生成：${report.titleZh}`);
      onGenerated(report);
    } catch (err) {
      const detail = err instanceof ApiError ? err.userMessage : String(err);
      const fields = err instanceof ApiError ? err.errors.map((e) => e.message) : [];
      void message.error([detail, ...fields].join('；'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<GenerateValues> form={form} layout="inline" onFinish={submit} initialValues={{ kind: 'HALF_MONTHLY_BULLETIN' }}>
      <Form.Item name="kind" label="报表种类" rules={[{ required: true, message: '请选择报表种类' }]}>
        <Select<ReportKind> style={{ width: 200 }} options={reportKinds.map((k) => ({ value: k.kind, label: k.labelZh }))} />
      </Form.Item>
      <Form.Item name="asOf" label="统计日期">
        <DatePicker placeholder="今天" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          生成报表
        </Button>
      </Form.Item>
      <Typography.Text type="secondary" style={{ flexBasis: '100%', marginTop: 4 }}>
        {cadence ? `${cadence}。` : ''}不填统计日期即为今天。
      </Typography.Text>
    </Form>
  );
}

function DownloadButtons({ report }: { report: CampaignReport }) {
  const { message } = App.useApp();
  const download = (format: 'docx' | 'xlsx') =>
    downloadReport(report, format).catch((err: unknown) => {
      void message.error(err instanceof ApiError ? err.userMessage : '下载失败');
    });
  return (
    <Space size={4}>
      <Button type="link" size="small" icon={<FileWordOutlined />} onClick={() => void download('docx')}>
        .docx
      </Button>
      <Button type="link" size="small" icon={<FileExcelOutlined />} onClick={() => void download('xlsx')}>
        .xlsx
      </Button>
    </Space>
  );
}

/** 报表: the campaign's generated reports (scheduled and on demand), newest first, with their files. */
export default function CampaignReportsPage() {
  const [params, setParams] = useSearchParams();
  const jurisdictionCode = params.get('jurisdiction') ?? undefined;
  const jurisdictions = useJurisdictions().all;
  const reports = useRemote((signal) => listReports(jurisdictionCode, signal), [jurisdictionCode]);
  const [kind, setKind] = useState<ReportKind>();
  const items = (reports.data?.items ?? []).filter((r) => !kind || r.kind === kind);

  return (
    <div className="ph-page">
      <PageTitle
        title="攻坚报表"
        extra={
          <>
            {jurisdictions.length > 1 && (
              <JurisdictionSelect
                jurisdictions={jurisdictions}
                value={jurisdictionCode}
                placeholder="默认辖区"
                allowClear
                onChange={(code?: string) => setParams(code ? { jurisdiction: code } : {}, { replace: true })}
                style={{ width: 220 }}
                aria-label="辖区"
              />
            )}
            <Link to={jurisdictionCode ? `/campaign?jurisdiction=${jurisdictionCode}` : '/campaign'}>返回指挥部驾驶舱</Link>
          </>
        }
      >
        <Typography.Text type="secondary">周调度表、半月通报、季度督查报告按期自动生成；存量土地统计表和增存挂钩奖惩测算按需生成。</Typography.Text>
      </PageTitle>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title="生成报表">
          <GenerateForm jurisdictionCode={jurisdictionCode} onGenerated={reports.reload} />
        </Card>
        <Card
          title="已生成的报表"
          extra={
            <Select<ReportKind>
              allowClear
              placeholder="全部种类"
              aria-label="按种类筛选"
              style={{ width: 180 }}
              value={kind}
              onChange={setKind}
              options={reportKinds.map((k) => ({ value: k.kind, label: k.labelZh }))}
            />
          }
        >
          {reports.error && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title="报表列表加载失败"
              description={reports.error.userMessage}
              action={<Button onClick={reports.reload}>重试</Button>}
            />
          )}
          <Table<CampaignReport>
            rowKey="id"
            size="middle"
            loading={reports.loading}
            dataSource={items}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 份` }}
            locale={{ emptyText: reports.loading ? ' ' : '暂无报表，可在上方生成' }}
            columns={[
              { title: '种类', dataIndex: 'kindZh', render: (t: string) => <Tag color="cyan">{t}</Tag> },
              { title: '标题', dataIndex: 'titleZh' },
              {
                title: '统计期间',
                key: 'period',
                render: (_: unknown, r) => (r.periodFrom === r.periodTo ? formatDate(r.periodTo) : `${formatDate(r.periodFrom)} 至 ${formatDate(r.periodTo)}`),
              },
              { title: '生成时间', dataIndex: 'generatedAt', render: (t: string) => formatDateTime(t) },
              {
                title: '方式',
                key: 'how',
                render: (_: unknown, r) =>
                  r.scheduled ? (
                    <Tag color="blue">定时</Tag>
                  ) : (
                    <>
                      <Tag>手动</Tag>
                      {r.generatorName && <Typography.Text type="secondary">{r.generatorName}</Typography.Text>}
                    </>
                  ),
              },
              { title: '下载', key: 'files', render: (_: unknown, r) => <DownloadButtons report={r} /> },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
