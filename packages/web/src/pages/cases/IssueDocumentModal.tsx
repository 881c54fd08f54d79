import { useState } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { documentKindLabels, type DocumentKind } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { createIssuingUnit, issueDocument, listIssuingUnits, type CaseDocument } from '../../api/documents.ts';
import { useRemote } from '../../hooks/useRemote.ts';

interface Props {
  /** the draft to issue; the modal is open while set */
  document?: { id: string; kind: DocumentKind };
  /** the county whose issuing units (机关代字) number the document */
  jurisdictionCode: string;
  onClose: () => void;
  onIssued: (doc: CaseDocument) => void;
}

/**
 * 签发: choose the county's issuing unit (or register the first one) and issue the draft
 * under the unit's next 文号 of the year.
 */
export function IssueDocumentModal({ document, jurisdictionCode, onClose, onIssued }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ issuerCode?: string; newCode?: string; newName?: string }>();
  const open = document !== undefined;
  const units = useRemote((signal) => (open ? listIssuingUnits(signal) : Promise.resolve(undefined)), [open]);
  // a 文号 comes from a unit of the document's own county
  const countyUnits = (units.data?.items ?? []).filter((u) => u.jurisdictionCode === jurisdictionCode);

  const issue = async () => {
    if (!document) return;
    const values = await form.validateFields();
    setBusy(true);
    try {
      // the county's first document: register its issuing unit (机关代字) on the way
      const issuerCode =
        values.issuerCode ?? (await createIssuingUnit({ jurisdictionCode, code: values.newCode!.trim(), name: values.newName!.trim() })).code;
      if (!values.issuerCode) units.reload();
      const doc = await issueDocument(document.id, issuerCode);
      void message.success(`已签发，文号：${doc.docNo ?? ''}`);
      onIssued(doc);
    } catch (err) {
      void message.error(err instanceof ApiError ? `签发失败：${err.userMessage}` : '签发失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={document ? `签发${documentKindLabels[document.kind]}` : ''}
      okText="签发"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void issue().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">签发后将按发文机关当年的序号编排文号，文书内容不可再修改。</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        {units.data && countyUnits.length === 0 ? (
          <>
            <Typography.Paragraph>尚未登记发文机关。请登记本次签发的发文机关及其机关代字（文号形如「代字〔年份〕序号号」）。</Typography.Paragraph>
            <Form.Item name="newName" label="发文机关名称" rules={[{ required: true, whitespace: true, message: '请填写发文机关名称' }]}>
              <Input maxLength={100} placeholder="如：某某县自然资源局" />
            </Form.Item>
            <Form.Item
              name="newCode"
              label="机关代字"
              rules={[
                { required: true, whitespace: true, message: '请填写机关代字' },
                { pattern: /^[^〔〕[\]\s]+$/, message: '机关代字不得包含括号或空格' },
              ]}
            >
              <Input maxLength={20} placeholder="如：某自然资闲" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="issuerCode" label="发文机关" rules={[{ required: true, message: '请选择发文机关' }]}>
            <Select
              loading={units.loading}
              placeholder={units.error ? `发文机关加载失败：${units.error.userMessage}` : '选择发文机关'}
              options={countyUnits.map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
