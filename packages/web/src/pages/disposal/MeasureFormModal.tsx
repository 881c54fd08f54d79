import { useState } from 'react';
import { App, Form, Select, Spin } from 'antd';
import { addMeasure, listMethods, updateMeasure, type Measure, type MethodOption, type Plan } from '../../api/disposal.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { MeasureCommonFields, MeasureDataFields, toFormData, toMeasureData } from './MeasureDataFields.tsx';
import { MethodBasis } from './MethodPicker.tsx';
import { isConflict, refusalText } from './problems.ts';
import { RefusalModal } from './RefusalAlert.tsx';

interface Props {
  plan: Plan;
  /** the measure to change; without it a new measure is added to the (draft) plan */
  measure?: Measure;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

type Values = { methodCode?: string; data?: Record<string, unknown> };

/** The methods for the parcel, applicable ones first; the others disabled with why. */
function methodOptions(methods: MethodOption[], taken: Set<string>) {
  const line = (m: MethodOption) => ({
    value: m.code,
    label: `${m.nameZh}（${m.code}）${taken.has(m.code) ? ' — 已在方案中' : ''}`,
    title: m.whyZh,
    disabled: !m.applicable || taken.has(m.code),
  });
  return [
    { label: '适用', title: '适用', options: methods.filter((m) => m.applicable).map(line) },
    { label: '不适用', title: '不适用', options: methods.filter((m) => !m.applicable).map(line) },
  ];
}

/** 添加措施 to a plan being drafted, or 修改 a measure's deadline and data while it is not concluded. */
export function MeasureFormModal({ plan, measure, open, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const methods = useRemote(
    (signal) => (open && !measure ? listMethods(plan.parcel.id, plan.caseId ?? undefined, signal) : Promise.resolve(undefined)),
    [open, measure, plan.parcel.id, plan.caseId],
  );
  const chosenCode = Form.useWatch('methodCode', form);
  const method: Pick<MethodOption, 'fields' | 'agreementTypes' | 'wordingZh' | 'sourceZh' | 'evidenceZh'> | undefined = measure
    ? { fields: measure.fields, agreementTypes: measure.agreementTypes, wordingZh: measure.legalBasis, sourceZh: '', evidenceZh: measure.evidenceZh }
    : methods.data?.items.find((m) => m.code === chosenCode);

  const submit = async () => {
    const values = await form.validateFields();
    if (!method) return;
    const code = measure?.methodCode ?? values.methodCode ?? '';
    const deadline = values.data?.deadline as { format: (f: string) => string } | undefined;
    const input = { methodCode: code, ...(deadline ? { deadline: deadline.format('YYYY-MM-DD') } : {}), ...toMeasureData(values.data, method.fields) };
    setSaving(true);
    setRefusal(undefined);
    try {
      if (measure) await updateMeasure(measure.id, { ...input, version: measure.version });
      else await addMeasure(plan.id, input);
      void message.success(measure ? '措施已修改' : '措施已添加');
      onSaved();
    } catch (err) {
      if (isConflict(err)) {
        void message.warning('该措施刚被他人修改，已加载最新情况，请重新操作。');
        onSaved();
      } else {
        setRefusal(refusalText(err));
      }
    } finally {
      setSaving(false);
    }
  };

  const taken = new Set(plan.measures.map((m) => m.methodCode));
  return (
    <RefusalModal
      open={open}
      title={measure ? `修改措施 — ${measure.methodNameZh}` : `添加措施 — ${plan.planNo}`}
      okText="保存"
      width={800}
      saving={saving}
      refusal={refusal}
      clearRefusal={() => setRefusal(undefined)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={measure ? { data: toFormData(measure) } : {}}
      >
        {!measure && (
          <Form.Item name="methodCode" label="处置方式" rules={[{ required: true, message: '请选择处置方式' }]}>
            {methods.loading ? (
              <Spin />
            ) : (
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="按该地块的认定情形，适用的处置方式列在前面"
                notFoundContent={methods.error?.userMessage}
                options={methodOptions(methods.data?.items ?? [], taken)}
              />
            )}
          </Form.Item>
        )}
        {method && (
          <>
            <MethodBasis method={method} />
            <MeasureCommonFields prefix={['data']} />
            <MeasureDataFields prefix={['data']} method={method} agreementType={measure?.agreement?.type} />
          </>
        )}
      </Form>
    </RefusalModal>
  );
}
