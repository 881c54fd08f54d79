import { useState } from 'react';
import { Alert, DatePicker, Descriptions, Form, Input, Modal, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  runMeasureAction,
  type Measure,
  type MeasureActionInput,
  type MeasureActionName,
  type MeasureActionResult,
  type UploadedFile,
} from '../../api/disposal.ts';
import { evidenceKindLabels } from '@panhuo/domain';
import { FilesField } from './FilesField.tsx';
import { AgreementFields, AreaField, toAgreement } from './MeasureDataFields.tsx';
import { measureActionDefs } from './measureActions.ts';
import { areaText } from './labels.tsx';
import { isConflict, refusalText } from './problems.ts';
import { RefusalAlert } from './RefusalAlert.tsx';
import { afterToday, chinaToday } from './today.ts';

interface Values {
  on: Dayjs;
  reasonZh?: string;
  agreement?: Record<string, unknown>;
  area_m2?: number;
  referenceZh?: string;
  noteZh?: string;
  files?: UploadedFile[];
}

function toInput(action: MeasureActionName, v: Values, measure: Measure): MeasureActionInput {
  const on = v.on.format('YYYY-MM-DD');
  switch (action) {
    case 'startNegotiation':
    case 'startExecution':
    case 'startMonitoring':
      return { action, on };
    case 'signAgreement':
      return { action, on, agreement: { ...toAgreement(v.agreement), signedAt: on } };
    case 'revitalise': {
      const fileIds = (v.files ?? []).map((f) => f.id);
      return {
        action,
        on,
        area_m2: v.area_m2 ?? 0,
        evidence: { kind: measure.evidenceKind, on, referenceZh: v.referenceZh?.trim() ?? '', noteZh: v.noteZh?.trim() || undefined, fileIds },
        fileIds,
      };
    }
    case 'escalate':
    case 'fail':
    case 'cancel':
      return { action, on, reasonZh: v.reasonZh?.trim() ?? '' };
  }
}

/** The revitalised area starts at what the measure frees: the split-off part, else the whole parcel. */
function defaultArea(measure: Measure, parcelArea_m2: number) {
  return measure.areaSplit?.transferred_m2 ?? parcelArea_m2;
}

interface Props {
  measure: Measure;
  action: MeasureActionName | undefined;
  parcelArea_m2: number;
  onClose: () => void;
  /** the step went through (result) or the measure changed meanwhile (no result) */
  onDone: (result?: MeasureActionResult) => void;
}

/** One step of a measure with what it needs: the date always, an agreement, the evidence, or a reason. */
export function MeasureActionModal({ measure, action, parcelArea_m2, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const def = action ? measureActionDefs[action] : undefined;

  const submit = async () => {
    if (!action) return;
    const values = await form.validateFields();
    setSaving(true);
    setRefusal(undefined);
    try {
      const result = await runMeasureAction(measure.id, { ...toInput(action, values, measure), version: measure.version });
      onDone(result);
    } catch (err) {
      if (isConflict(err)) onDone();
      else setRefusal(refusalText(err));
    } finally {
      setSaving(false);
    }
  };

  const reasonLabel = action === 'escalate' ? '升级处置理由' : action === 'fail' ? '未能盘活的原因' : '撤销理由';
  return (
    <Modal
      open={action !== undefined}
      title={def ? `${def.label} — ${measure.methodNameZh}` : ''}
      okText={def ? `确认${def.label}` : '确认'}
      okButtonProps={{ danger: def?.danger }}
      cancelText="取消"
      width={action === 'revitalise' || action === 'signAgreement' ? 720 : 560}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => open && setRefusal(undefined)}
    >
      <RefusalAlert title="不能办理" messages={refusal ? [refusal] : []} />
      {action === 'escalate' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="升级处置后本措施终止"
          description="限期开发协议未履行的，按依据自动转入后续措施（如依法收回、列入信用黑名单并依法收购）。"
        />
      )}
      {def && (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            on: chinaToday(),
            agreement: { parties: measure.agreement?.parties ?? [], docNo: measure.agreement?.docNo ?? undefined, termsZh: measure.agreement?.termsZh ?? undefined },
            area_m2: defaultArea(measure, parcelArea_m2),
            files: [],
          }}
        >
          <Form.Item name="on" label={def.dateLabel} rules={[{ required: true, message: `请选择${def.dateLabel}` }]}>
            <DatePicker style={{ width: 200 }} disabledDate={afterToday} />
          </Form.Item>
          {action === 'signAgreement' && <AgreementFields prefix={['agreement']} agreementTypes={measure.agreementTypes} defaultType={measure.agreement?.type} withoutSignedAt />}
          {action === 'revitalise' && (
            <>
              <Descriptions
                size="small"
                column={1}
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: 'kind',
                    label: '盘活认定依据',
                    children: <Tag color="green">{measure.evidenceZh || evidenceKindLabels[measure.evidenceKind] || measure.evidenceKind}</Tag>,
                  },
                  { key: 'parcel', label: '地块面积', children: areaText(parcelArea_m2) },
                ]}
              />
              <AreaField name={['area_m2']} label="盘活面积" extra="可部分盘活，不超过地块面积" />
              <Form.Item name="referenceZh" label="证明文件编号" rules={[{ required: true, whitespace: true, message: '请填写证明文件编号' }]}>
                <Input maxLength={100} placeholder="登记证号、批准文号或缴款凭证号" />
              </Form.Item>
              <Form.Item name="noteZh" label="说明">
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
              <Form.Item name="files" label="证明材料">
                <FilesField />
              </Form.Item>
            </>
          )}
          {(action === 'escalate' || action === 'fail' || action === 'cancel') && (
            <Form.Item name="reasonZh" label={reasonLabel} rules={[{ required: true, whitespace: true, message: `请填写${reasonLabel}` }]}>
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
