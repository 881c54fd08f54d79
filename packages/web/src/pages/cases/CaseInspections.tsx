import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Image, Input, Modal, Select, Space, Table, Tag, Upload } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { parcelFields, sectionLabels, type FieldDef } from '@panhuo/domain';
import type { CaseAttachment, CaseDetail, Inspection, InspectionFinding } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { confirmInspection, createInspection, fileHref, listInspections, MAX_UPLOAD_BYTES, uploadAttachment } from '../../api/inspections.ts';
import { FieldControl, fieldRule } from '../../components/FieldFormItem.tsx';
import { parseFormValue, type FormValue } from '../../format/formValues.ts';
import { formatDate, formatDateTime, formatFieldValue } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';

/** What an inspector checks on site: the parcel's construction, site, operations and compliance facts. */
const CHECKABLE = parcelFields.filter((d) => ['construction', 'site', 'operations', 'compliance'].includes(d.section));
const defOf = (key: string | undefined): FieldDef | undefined => CHECKABLE.find((d) => d.key === key);
const fieldOptions = ['construction', 'site', 'operations', 'compliance'].map((section) => ({
  label: sectionLabels[section as keyof typeof sectionLabels],
  title: section,
  options: CHECKABLE.filter((d) => d.section === section).map((d) => ({ value: d.key, label: d.labelZh })),
}));

interface Values {
  inspectedOn: Dayjs;
  inspectors: string[];
  location?: string;
  summary: string;
  findings: Array<{ field?: string; observed?: FormValue; note?: string }>;
}

function showFinding(f: InspectionFinding): string {
  const def = defOf(f.field);
  return (def ? formatFieldValue(def, f.observed) : f.observed === null || f.observed === undefined ? null : String(f.observed)) ?? '—';
}

interface CardProps {
  inspection: Inspection;
  photos: CaseAttachment[];
  canWrite: boolean;
  onConfirm: () => void;
}

function InspectionCard({ inspection, photos, canWrite, onConfirm }: CardProps) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${formatDate(inspection.inspectedOn)} 现场核查`}
      extra={
        <Space>
          {inspection.status === 'CONFIRMED' ? <Tag color="green">已确认</Tag> : <Tag>待确认</Tag>}
          {inspection.status === 'DRAFT' && canWrite && (
            <Button size="small" type="primary" onClick={onConfirm}>
              确认并更新台账
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'who', label: '核查人员', children: inspection.inspectors.join('、') },
          { key: 'where', label: '核查地点', children: inspection.location ?? '—' },
          { key: 'summary', label: '核查情况', children: <span className="ph-multiline">{inspection.summary ?? '—'}</span>, span: 2 },
          {
            key: 'confirmed',
            label: '确认',
            children: inspection.confirmedAt ? `${inspection.confirmedBy ?? ''} ${formatDateTime(inspection.confirmedAt)}` : '—',
          },
        ]}
      />
      <Table<InspectionFinding>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={inspection.findings}
        columns={[
          { title: '核查项目', key: 'field', render: (_: unknown, f) => f.label ?? defOf(f.field)?.labelZh ?? f.field },
          {
            title: '台账记载',
            key: 'ledger',
            render: (_: unknown, f) => {
              const def = defOf(f.field);
              return (def ? formatFieldValue(def, f.ledgerValue) : null) ?? '—';
            },
          },
          { title: '核查情况', key: 'observed', render: (_: unknown, f) => showFinding(f) },
          { title: '说明', dataIndex: 'note', render: (v: string | null | undefined) => v ?? '—' },
        ]}
      />
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap style={{ marginTop: 12 }}>
            {photos.map((p) => (
              <Image key={p.id} width={96} height={72} style={{ objectFit: 'cover' }} src={fileHref(p.sha256 ?? p.fileSha256 ?? '')} alt={p.caption ?? p.originalName} />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}

/** 核查记录: what inspectors found on site, per ledger field, with photos; confirming writes it to the ledger. */
export function CaseInspections({ detail, canWrite, onChanged }: { detail: CaseDetail; canWrite: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  // the case page's rows carry no version; the full records do (confirming needs it)
  const list = useRemote((signal) => listInspections(detail.id, signal), [detail.id, detail.version, detail.inspections.length]);
  const changed = () => {
    list.reload();
    onChanged();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      const inspection = await createInspection(detail.id, {
        inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
        inspectors: values.inspectors.map((s) => s.trim()).filter(Boolean),
        location: values.location?.trim() || null,
        summary: values.summary.trim(),
        findings: values.findings.flatMap((f) => {
          const def = defOf(f.field);
          if (!def) return [];
          const parsed = parseFormValue(def, f.observed);
          return [{ field: def.key, observed: parsed.ok ? parsed.value : null, note: f.note?.trim() || null }];
        }),
      });
      for (const photo of photos) {
        if (photo.originFileObj) await uploadAttachment(detail.id, photo.originFileObj, { inspectionId: inspection.id, caption: '现场照片' });
      }
      void message.success('核查记录已保存，确认后将更新台账');
      setOpen(false);
      setPhotos([]);
      changed();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.userMessage : '保存失败');
      changed();
    } finally {
      setSaving(false);
    }
  };

  const confirm = (inspection: Inspection) =>
    modal.confirm({
      title: '确认核查记录',
      content: '确认后，核查情况将写入地块台账（记入变更记录），核查记录不可再修改。',
      okText: '确认',
      cancelText: '取消',
      onOk: async () => {
        try {
          await confirmInspection(inspection.id, inspection.version ?? 1);
          void message.success('核查记录已确认，台账已更新');
        } catch (err) {
          void message.error(err instanceof ApiError ? `确认失败：${err.userMessage}` : '确认失败');
        }
        changed();
      },
    });

  return (
    <>
      {canWrite && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setOpen(true)}>
          记录现场核查
        </Button>
      )}
      {list.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="核查记录加载失败" description={list.error.userMessage} />}
      {!list.data && list.loading ? null : (list.data ?? []).length === 0 ? (
        <Empty description="尚无核查记录" />
      ) : (
        (list.data ?? []).map((i) => (
          <InspectionCard
            key={i.id}
            inspection={i}
            photos={detail.attachments.filter((a) => a.inspectionId === i.id && a.mediaType.startsWith('image/'))}
            canWrite={canWrite}
            onConfirm={() => confirm(i)}
          />
        ))
      )}
      <Modal
        open={open}
        title="记录现场核查"
        width={820}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={problem} />}
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ inspectedOn: dayjs(), inspectors: [], findings: [{}] }}>
          <Space size="large" align="start" wrap>
            <Form.Item name="inspectedOn" label="核查日期" rules={[{ required: true, message: '请选择核查日期' }]}>
              <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="inspectors" label="核查人员" rules={[{ required: true, type: 'array', min: 1, message: '请填写核查人员' }]}>
              <Select mode="tags" style={{ width: 420 }} placeholder="输入姓名后回车" open={false} />
            </Form.Item>
          </Space>
          <Form.Item name="location" label="核查地点">
            <Input maxLength={200} placeholder="选填，如：地块东侧厂区" />
          </Form.Item>
          <Form.Item name="summary" label="核查情况" rules={[{ required: true, whitespace: true, message: '请填写核查情况' }]}>
            <Input.TextArea rows={3} maxLength={4000} placeholder="现场建设、生产经营情况概述" />
          </Form.Item>
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'field']} rules={[{ required: true, message: '请选择核查项目' }]}>
                      <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 220 }} placeholder="核查项目" options={fieldOptions} />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['findings', field.name, 'field']]}>
                      {({ getFieldValue }) => {
                        const def = defOf(getFieldValue(['findings', field.name, 'field']) as string | undefined);
                        return def ? (
                          <Form.Item name={[field.name, 'observed']} rules={[fieldRule(def)]}>
                            <FieldControl def={def} width={200} />
                          </Form.Item>
                        ) : (
                          <Form.Item>
                            <Input disabled style={{ width: 200 }} placeholder="核查情况" />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']}>
                      <Input style={{ width: 200 }} placeholder="说明（选填）" maxLength={500} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除该项" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                  增加核查项目
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item label="现场照片" extra="支持 jpg、png，单个文件不超过 20 MB">
            <Upload
              accept=".jpg,.jpeg,.png"
              listType="picture"
              multiple
              fileList={photos}
              beforeUpload={(file) => {
                if (file.size > MAX_UPLOAD_BYTES) {
                  void message.error(`${file.name} 超过 20 MB`);
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
              onChange={({ fileList }) => setPhotos(fileList)}
            >
              <Button icon={<UploadOutlined />}>选择照片</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
