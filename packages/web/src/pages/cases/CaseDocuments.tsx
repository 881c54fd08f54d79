import { useState } from 'react';
import { App, Button, Select, Space, Table } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { caseDocumentKinds, documentKindLabels, serviceMethodLabels, type DocumentKind, type DocumentStatus } from '@panhuo/domain';
import type { CaseDetail, CaseDocumentSummary } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { downloadDocument, generateDocument, supersedeDocument } from '../../api/documents.ts';
import { formatDate } from '../../format/values.ts';
import { DocumentEditModal } from './DocumentEditModal.tsx';
import { IssueDocumentModal } from './IssueDocumentModal.tsx';
import { DocumentStatusTag } from './labels.tsx';


interface Props {
  detail: CaseDetail;
  canWrite: boolean;
  canIssue: boolean;
  onChanged: () => void;
}

/** 文书: generate a draft, edit it, issue it under a 文号, download it, correct it. */
export function CaseDocuments({ detail, canWrite, canIssue, onChanged }: Props) {
  const { message, modal } = App.useApp();
  const [kind, setKind] = useState<DocumentKind>();
  const [busy, setBusy] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [issuing, setIssuing] = useState<CaseDocumentSummary>();

  const attempt = async (key: string, what: string, run: () => Promise<void>) => {
    setBusy(key);
    try {
      await run();
    } catch (err) {
      void message.error(err instanceof ApiError ? `${what}失败：${err.userMessage}` : `${what}失败`);
    } finally {
      setBusy(undefined);
    }
  };

  const generate = () =>
    kind &&
    attempt('generate', '生成草稿', async () => {
      const doc = await generateDocument(detail.id, kind);
      void message.success(`已生成${documentKindLabels[kind]}草稿`);
      setKind(undefined);
      onChanged();
      setEditing(doc.id);
    });

  const supersede = (d: CaseDocumentSummary) =>
    modal.confirm({
      title: `更正 ${d.docNo ?? documentKindLabels[d.kind]}`,
      content: '将生成一份新的草稿用于更正；原文书的内容、文号和送达记录保持不变，并标注为「已被更正」。',
      okText: '生成更正稿',
      cancelText: '取消',
      onOk: () =>
        attempt(`supersede-${d.id}`, '更正', async () => {
          const doc = await supersedeDocument(d.id);
          void message.success('已生成更正稿');
          onChanged();
          setEditing(doc.id);
        }),
    });

  const fileName = (d: CaseDocumentSummary) => `${detail.caseNo}-${documentKindLabels[d.kind]}${d.docNo ? `-${d.docNo}` : '（草稿）'}`;

  return (
    <>
      {canWrite && (
        <Space style={{ marginBottom: 16 }} wrap>
          <Select
            aria-label="文书种类"
            placeholder="选择文书种类"
            style={{ width: 280 }}
            value={kind}
            onChange={setKind}
            options={caseDocumentKinds[detail.profileId].map((k) => ({ value: k, label: documentKindLabels[k] }))}
          />
          <Button icon={<FileAddOutlined />} disabled={!kind} loading={busy === 'generate'} onClick={() => void generate()}>
            生成草稿
          </Button>
        </Space>
      )}
      <Table<CaseDocumentSummary>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={detail.documents}
        locale={{ emptyText: '尚未生成文书' }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '文书',
            key: 'kind',
            render: (_: unknown, d) => {
              const corrected = d.supersedes ? detail.documents.find((o) => o.id === d.supersedes) : undefined;
              return (
                <div>
                  {d.title ?? documentKindLabels[d.kind]}
                  {corrected && (
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>更正 {corrected.docNo ?? documentKindLabels[corrected.kind]}</div>
                  )}
                </div>
              );
            },
          },
          { title: '文号', dataIndex: 'docNo', render: (v: string | null) => v ?? '—' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: DocumentStatus) => <DocumentStatusTag status={s} />,
          },
          { title: '签发日期', dataIndex: 'issuedOn', render: (v: string | null) => (v ? formatDate(v) : '—') },
          {
            title: '送达',
            key: 'served',
            render: (_: unknown, d) => (d.servedOn ? `${formatDate(d.servedOn)} ${d.servedMethod ? serviceMethodLabels[d.servedMethod] : ''}` : '—'),
          },
          {
            title: '操作',
            key: 'ops',
            render: (_: unknown, d) => (
              <Space size={4} wrap>
                {d.status === 'DRAFT' && canWrite && (
                  <Button size="small" type="link" onClick={() => setEditing(d.id)}>
                    编辑
                  </Button>
                )}
                {d.status === 'DRAFT' && canIssue && (
                  <Button size="small" type="link" onClick={() => setIssuing(d)}>
                    签发
                  </Button>
                )}
                {d.status !== 'DRAFT' && (
                  <Button size="small" type="link" onClick={() => setEditing(d.id)}>
                    查看
                  </Button>
                )}
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  loading={busy === `docx-${d.id}`}
                  onClick={() => void attempt(`docx-${d.id}`, '下载', () => downloadDocument(d.id, 'docx', fileName(d)))}
                >
                  Word
                </Button>
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  loading={busy === `pdf-${d.id}`}
                  onClick={() => void attempt(`pdf-${d.id}`, '下载', () => downloadDocument(d.id, 'pdf', fileName(d)))}
                >
                  PDF
                </Button>
                {(d.status === 'ISSUED' || d.status === 'SERVED') && canIssue && (
                  <Button size="small" type="link" danger onClick={() => supersede(d)}>
                    更正
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <IssueDocumentModal
        document={issuing}
        jurisdictionCode={detail.jurisdictionCode}
        onClose={() => setIssuing(undefined)}
        onIssued={() => {
          setIssuing(undefined);
          onChanged();
        }}
      />
      <DocumentEditModal
        documentId={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          onChanged();
        }}
      />
    </>
  );
}
