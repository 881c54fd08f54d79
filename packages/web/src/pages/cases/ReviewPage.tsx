import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Result, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { DocumentStatus } from '@panhuo/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { batchReview, listCases, type BatchReviewReport, type CaseListItem } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { downloadDocument, listMeetingMinutes, type CaseDocument } from '../../api/documents.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { DocumentEditModal } from './DocumentEditModal.tsx';
import { IssueDocumentModal } from './IssueDocumentModal.tsx';
import { DocumentStatusTag } from './labels.tsx';

const MINUTES_PAGE_SIZE = 10;

/** 会议日期 as the minutes state it: their first paragraph opens with the date of the meeting. */
function meetingDateOf(d: CaseDocument): string | undefined {
  const first = d.content.blocks.find((b) => b.type === 'paragraph');
  return first?.type === 'paragraph' ? /^\d{4}年\d{1,2}月\d{1,2}日/.exec(first.text)?.[0] : undefined;
}

const minutesFileName = (d: CaseDocument) => {
  const held = meetingDateOf(d);
  return `${d.content.title}${held ? `（${held}）` : ''}${d.docNo ? `-${d.docNo}` : '（草稿）'}`;
};

interface Values {
  heldOn: Dayjs;
  place: string;
  attendees: string[];
  topics: string;
  outcome: 'CONFIRM' | 'REJECT';
}

/** 领导小组审定: the cases reported for review, decided together at one meeting with its minutes. */
export default function ReviewPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [selected, setSelected] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [report, setReport] = useState<BatchReviewReport>();
  const [viewing, setViewing] = useState<string>();
  const [issuing, setIssuing] = useState<CaseDocument>();
  const [downloading, setDownloading] = useState<string>();
  const [minutesPage, setMinutesPage] = useState(1);
  const can = useCan();
  const canWrite = can('cases:write');
  const canIssue = can('documents:issue');
  const proposed = useRemote((signal) => listCases({ state: 'PROPOSED', profile: 'JD-2022' }, 1, 200, signal), []);
  const minutes = useRemote((signal) => listMeetingMinutes(minutesPage, MINUTES_PAGE_SIZE, signal), [minutesPage]);

  const download = async (d: CaseDocument, format: 'docx' | 'pdf') => {
    setDownloading(`${format}-${d.id}`);
    try {
      await downloadDocument(d.id, format, minutesFileName(d));
    } catch (err) {
      void message.error(err instanceof ApiError ? `下载失败：${err.userMessage}` : '下载失败');
    } finally {
      setDownloading(undefined);
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    if (selected.length === 0) {
      setProblem('请在列表中勾选本次审定的案件');
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const done = await batchReview({
        caseIds: selected,
        outcome: values.outcome,
        meeting: {
          heldOn: values.heldOn.format('YYYY-MM-DD'),
          place: values.place.trim(),
          attendees: values.attendees.map((a) => a.trim()).filter(Boolean),
          topics: values.topics.trim(),
        },
      });
      setReport(done);
      setSelected([]);
      void message.success('审定结果已登记，会议纪要草稿已生成');
      proposed.reload();
      if (minutesPage === 1) minutes.reload();
      else setMinutesPage(1);
    } catch (err) {
      setProblem(err instanceof ApiError ? (typeof err.body.reason === 'string' ? err.body.reason : err.userMessage) : '审定失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="ph-page">
      <PageTitle title="领导小组审定">
        <Typography.Text type="secondary">勾选已填表上报的案件，登记领导小组会议及审定结果，系统生成会议纪要草稿。</Typography.Text>
      </PageTitle>
      {report && (
        <Result
          status="success"
          title={`已审定 ${report.cases.length} 件`}
          subTitle={
            <>
              {report.cases.map((c) => (
                <div key={c.id}>
                  <Link to={`/cases/${c.id}`}>{c.caseNo}</Link> {c.parcel.code} {c.enterprise?.name ?? ''}：{c.stateLabel}
                </div>
              ))}
              <div style={{ marginTop: 8 }}>会议纪要已生成草稿，可在下方「会议纪要」中修改、签发和下载。</div>
            </>
          }
          extra={[
            <Button key="minutes" type="primary" onClick={() => setViewing(report.minutesDocumentId)}>
              查看会议纪要草稿
            </Button>,
            <Button
              key="docx"
              onClick={() =>
                void downloadDocument(report.minutesDocumentId, 'docx', '领导小组会议纪要（草稿）').catch((err: unknown) =>
                  message.error(err instanceof ApiError ? `下载失败：${err.userMessage}` : '下载失败'),
                )
              }
            >
              下载纪要（Word）
            </Button>,
            <Button key="again" onClick={() => setReport(undefined)}>
              继续审定
            </Button>,
          ]}
        />
      )}
      {!report && (
        <>
          <Card variant="borderless" style={{ marginBottom: 16 }} title="待审定案件">
            {proposed.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="案件加载失败" description={proposed.error.userMessage} />}
            <Table<CaseListItem>
              rowKey="id"
              size="middle"
              loading={proposed.loading}
              dataSource={proposed.data?.items ?? []}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
              pagination={false}
              locale={{ emptyText: proposed.loading ? ' ' : '没有待审定的案件' }}
              columns={[
                { title: '案件编号', key: 'caseNo', render: (_: unknown, r) => <Link to={`/cases/${r.id}`}>{r.caseNo}</Link> },
                { title: '地块', key: 'parcel', render: (_: unknown, r) => `${r.parcel.code} ${r.parcel.name}` },
                { title: '企业', key: 'enterprise', render: (_: unknown, r) => r.enterprise?.name ?? '—' },
                { title: '承办人', key: 'assignee', render: (_: unknown, r) => r.assignee?.name ?? '—' },
                { title: '立案日期', dataIndex: 'openedOn', render: (d: string) => formatDate(d) },
              ]}
            />
          </Card>
          <Card variant="borderless" title={`会议与审定结果（已选 ${selected.length} 件）`}>
            {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="不能审定" description={problem} />}
            <Form<Values> form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={{ heldOn: dayjs(), outcome: 'CONFIRM', attendees: [] }}>
              <Form.Item name="heldOn" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
                <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item name="place" label="会议地点" rules={[{ required: true, whitespace: true, message: '请填写会议地点' }]}>
                <Input maxLength={100} placeholder="例如：县政府三楼会议室" />
              </Form.Item>
              <Form.Item name="attendees" label="参会人员" rules={[{ required: true, type: 'array', min: 1, message: '请填写参会人员' }]}>
                <Select mode="tags" open={false} placeholder="输入姓名及职务后回车" />
              </Form.Item>
              <Form.Item name="topics" label="议题" rules={[{ required: true, whitespace: true, message: '请填写议题' }]}>
                <Input.TextArea rows={2} maxLength={500} placeholder="例如：审定第二批闲置低效工业用地认定名单" />
              </Form.Item>
              <Form.Item name="outcome" label="审定结果" rules={[{ required: true }]}>
                <Radio.Group options={[{ value: 'CONFIRM', label: '审定通过（认定）' }, { value: 'REJECT', label: '不予认定（撤销）' }]} />
              </Form.Item>
              <Button type="primary" loading={saving} disabled={selected.length === 0} onClick={() => void submit().catch(() => undefined)}>
                登记审定结果
              </Button>
            </Form>
          </Card>
        </>
      )}
      <Card variant="borderless" style={{ marginTop: 16 }} title="会议纪要">
        {minutes.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="会议纪要加载失败" description={minutes.error.userMessage} />}
        <Table<CaseDocument>
          rowKey="id"
          size="middle"
          loading={minutes.loading}
          dataSource={minutes.data?.items ?? []}
          locale={{ emptyText: minutes.loading ? ' ' : '尚无会议纪要；登记审定结果后自动生成草稿' }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: minutesPage,
            pageSize: MINUTES_PAGE_SIZE,
            total: minutes.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (n) => `共 ${n} 份`,
            onChange: setMinutesPage,
          }}
          columns={[
            { title: '标题', key: 'title', render: (_: unknown, d) => d.content.title },
            { title: '会议日期', key: 'heldOn', render: (_: unknown, d) => meetingDateOf(d) ?? '—' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (v: DocumentStatus) => <DocumentStatusTag status={v} />,
            },
            { title: '文号', dataIndex: 'docNo', render: (v: string | null) => v ?? '—' },
            { title: '生成时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: '操作',
              key: 'ops',
              render: (_: unknown, d) => (
                <Space size={4} wrap>
                  <Button size="small" type="link" onClick={() => setViewing(d.id)}>
                    {d.status === 'DRAFT' && canWrite ? '编辑' : '查看'}
                  </Button>
                  {d.status === 'DRAFT' && canIssue && (
                    <Button size="small" type="link" onClick={() => setIssuing(d)}>
                      签发
                    </Button>
                  )}
                  <Button size="small" type="link" icon={<DownloadOutlined />} loading={downloading === `docx-${d.id}`} onClick={() => void download(d, 'docx')}>
                    Word
                  </Button>
                  <Button size="small" type="link" icon={<DownloadOutlined />} loading={downloading === `pdf-${d.id}`} onClick={() => void download(d, 'pdf')}>
                    PDF
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <DocumentEditModal
        documentId={viewing}
        onClose={() => setViewing(undefined)}
        onSaved={() => {
          setViewing(undefined);
          minutes.reload();
        }}
      />
      <IssueDocumentModal
        document={issuing}
        jurisdictionCode={issuing?.jurisdictionCode ?? ''}
        onClose={() => setIssuing(undefined)}
        onIssued={() => {
          setIssuing(undefined);
          minutes.reload();
        }}
      />
    </div>
  );
}
