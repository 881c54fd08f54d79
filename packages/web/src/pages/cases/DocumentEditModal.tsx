import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Spin, Table, Typography } from 'antd';
import { documentKindLabels } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { getDocument, updateDocument, type CaseDocument, type DocumentBlock, type OfficialDocument, type TableCell } from '../../api/documents.ts';
import { formatDate } from '../../format/values.ts';
import { useCan } from '../../session/session.tsx';

interface Values {
  title: string;
  addressee?: string;
  signer: string;
  texts: Record<string, string>;
}

/** Headings and paragraphs are edited as text; tables and lists are shown as generated. */
function BlockView({ block, index, editable }: { block: DocumentBlock; index: number; editable: boolean }) {
  if (block.type === 'paragraph' || block.type === 'heading') {
    if (!editable) {
      return block.type === 'heading' ? (
        <Typography.Title level={5}>{block.text}</Typography.Title>
      ) : (
        <Typography.Paragraph style={{ textIndent: '2em' }}>{block.text}</Typography.Paragraph>
      );
    }
    return (
      <Form.Item name={['texts', String(index)]} style={{ marginBottom: 12 }}>
        {block.type === 'heading' ? (
          <Input aria-label="小标题" style={{ fontWeight: 600 }} />
        ) : (
          <Input.TextArea aria-label="段落" autoSize={{ minRows: 2, maxRows: 10 }} />
        )}
      </Form.Item>
    );
  }
  if (block.type === 'signature') {
    return (
      <Typography.Paragraph style={{ textAlign: 'right' }}>
        {block.label}
        {block.signer ? `：${block.signer}` : ''}
        {block.date ? ` ${formatDate(block.date)}` : ''}
      </Typography.Paragraph>
    );
  }
  if (block.type === 'list') {
    return (
      <ol style={{ marginTop: 0 }}>
        {block.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
    );
  }
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      showHeader={false}
      style={{ marginBottom: 12 }}
      rowKey={(_r, i) => String(i)}
      dataSource={block.rows.map((cells) => ({ cells }))}
      columns={Array.from({ length: Math.max(...block.rows.map((r) => r.length)) }, (_c, col) => ({
        key: col,
        render: (_v: unknown, r: { cells: TableCell[] }) => r.cells[col]?.text ?? '',
        onCell: (r: { cells: TableCell[] }) => ({ colSpan: r.cells[col]?.colSpan ?? (col < r.cells.length ? 1 : 0) }),
      }))}
    />
  );
}

/** A document's content: editable while it is a draft (for users with cases:write), read-only once issued. */
export function DocumentEditModal({ documentId, onClose, onSaved }: { documentId?: string; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [doc, setDoc] = useState<CaseDocument>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const can = useCan();

  useEffect(() => {
    setDoc(undefined);
    setError(undefined);
    if (!documentId) return;
    const controller = new AbortController();
    getDocument(documentId, controller.signal)
      .then(setDoc)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof ApiError ? err.userMessage : '文书加载失败');
      });
    return () => controller.abort();
  }, [documentId]);

  // drafts are edited by the casework roles (cases:write); the leading group only reads them
  const editable = doc?.status === 'DRAFT' && can('cases:write');
  const content = doc?.content;

  const save = async () => {
    if (!doc || !content) return;
    const values = await form.validateFields();
    const blocks = content.blocks.map((b, i): DocumentBlock => {
      const text = values.texts?.[String(i)];
      return (b.type === 'paragraph' || b.type === 'heading') && text !== undefined ? { ...b, text } : b;
    });
    const next: OfficialDocument = { ...content, title: values.title, addressee: values.addressee || undefined, signer: values.signer, blocks };
    setSaving(true);
    try {
      await updateDocument(doc.id, next, doc.version);
      void message.success('文书草稿已保存');
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={documentId !== undefined}
      title={doc ? `${documentKindLabels[doc.kind]}${doc.docNo ? `（${doc.docNo}）` : '（草稿）'}` : '文书'}
      width={860}
      okText="保存草稿"
      cancelText={editable ? '取消' : '关闭'}
      okButtonProps={{ style: editable ? undefined : { display: 'none' } }}
      confirmLoading={saving}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      {doc && doc.pendingFacts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="尚有待补充的事实，补齐前不能签发"
          description={`${doc.pendingFacts.join('、')}。请在台账中补录后重新生成，或在文书中直接修改相应段落。`}
        />
      )}
      {!doc && !error && <Spin />}
      {doc && content && (
        <Form<Values>
          key={doc.id}
          form={form}
          layout="vertical"
          preserve={false}
          disabled={!editable}
          initialValues={{
            title: content.title,
            addressee: content.addressee,
            signer: content.signer,
            texts: Object.fromEntries(
              content.blocks.flatMap((b, i) => (b.type === 'paragraph' || b.type === 'heading' ? [[String(i), b.text]] : [])),
            ),
          }}
        >
          <Typography.Text type="secondary">
            发文机关：{content.issuer}
            {content.date ? ` · 成文日期：${formatDate(content.date)}` : ''}
          </Typography.Text>
          <Form.Item name="title" label="文书标题" rules={[{ required: true, message: '请填写文书标题' }]} style={{ marginTop: 12 }}>
            <Input />
          </Form.Item>
          <Form.Item name="addressee" label="主送">
            <Input />
          </Form.Item>
          {content.blocks.map((b, i) => (
            <BlockView key={i} block={b} index={i} editable={editable} />
          ))}
          {content.attachments && content.attachments.length > 0 && (
            <Typography.Paragraph>附件：{content.attachments.join('；')}</Typography.Paragraph>
          )}
          <Form.Item name="signer" label="落款" rules={[{ required: true, message: '请填写落款' }]}>
            <Input />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
