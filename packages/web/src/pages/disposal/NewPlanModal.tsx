import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Card, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { createPlan, listMethods, type MethodOption, type Plan } from '../../api/disposal.ts';
import { ApiError } from '../../api/client.ts';
import { getParcel } from '../../api/parcels.ts';
import { splitFieldProblems, type NamePath } from '../../format/problemPaths.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { MeasureCommonFields, MeasureDataFields, toMeasureData } from './MeasureDataFields.tsx';
import { MethodBasis, MethodPicker } from './MethodPicker.tsx';
import { PositionSelect, TaskForceSelect, UnitSelect } from './OrgSelects.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';

interface Values {
  causeAnalysisZh: string;
  responsibleUnitId: string;
  leaderPositionId: string;
  taskForceBodyId?: string;
  deadline: Dayjs;
  methodCodes: string[];
  /** per chosen method code: its deadline and data */
  measures?: Record<string, Record<string, unknown> | undefined>;
}

/** The chosen method, its wording (the legal basis) as help and the data it declares. */
function MeasureCard({ method }: { method: MethodOption }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={`${method.nameZh}（${method.code}）`}>
      <MethodBasis method={method} />
      <MeasureCommonFields prefix={['measures', method.code]} />
      <MeasureDataFields prefix={['measures', method.code]} method={method} />
    </Card>
  );
}

interface Props {
  open: boolean;
  parcelId: string;
  caseId?: string;
  onClose: () => void;
  onCreated: (plan: Plan) => void;
}

/** 制定处置方案（一地一策）: who answers for it, by when, why the land is idle, and the measures. */
export function NewPlanModal({ open, parcelId, caseId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // 一地一策: the parcel's plan that is still open, when the server names it
  const [openPlanId, setOpenPlanId] = useState<string>();
  const methods = useRemote((signal) => (open ? listMethods(parcelId, caseId, signal) : Promise.resolve(undefined)), [parcelId, caseId, open]);
  const parcel = useRemote(() => (open ? getParcel(parcelId) : Promise.resolve(undefined)), [parcelId, open]);
  const chosenCodes = Form.useWatch('methodCodes', form) ?? [];
  const byCode = new Map((methods.data?.items ?? []).map((m) => [m.code, m]));
  const chosen = chosenCodes.map((c) => byCode.get(c)).filter((m): m is MethodOption => m !== undefined);

  const submit = async () => {
    const values = await form.validateFields();
    const codes = values.methodCodes;
    setSaving(true);
    setProblems([]);
    setOpenPlanId(undefined);
    try {
      const created = await createPlan({
        parcelId,
        caseId,
        causeAnalysisZh: values.causeAnalysisZh.trim(),
        responsibleUnitId: values.responsibleUnitId,
        leaderPositionId: values.leaderPositionId,
        taskForceBodyId: values.taskForceBodyId || undefined,
        deadline: values.deadline.format('YYYY-MM-DD'),
        measures: codes.map((code) => {
          const part = values.measures?.[code];
          const deadline = part?.deadline as Dayjs | undefined;
          return {
            methodCode: code,
            ...(deadline ? { deadline: deadline.format('YYYY-MM-DD') } : {}),
            ...toMeasureData(part, byCode.get(code)?.fields ?? []),
          };
        }),
      });
      void message.success(`已制定处置方案：${created.planNo}`);
      onCreated(created);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 400 && err.errors.length > 0) {
        // the server names measures by position (measures.0.fee.kind); the form by method code
        const toFormName = (name: NamePath): NamePath =>
          name[0] === 'measures' && typeof name[1] === 'number' ? ['measures', codes[name[1]] ?? '', ...name.slice(2)] : name;
        const { fields, general } = splitFieldProblems(
          err.errors.map((e) => ({ ...e, path: toFormName(e.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))).join('.') })),
          (name) => form.getFieldInstance(name) !== undefined,
        );
        form.setFields(fields);
        setProblems(general.length > 0 ? general : fields.length > 0 ? ['请按提示修改标红的内容'] : [err.userMessage]);
      } else {
        if (err.code === 'DUPLICATE' && typeof err.body.planId === 'string') setOpenPlanId(err.body.planId);
        setProblems([err.userMessage]);
      }
    } finally {
      setSaving(false);
    }
  };

  const p = parcel.data;
  return (
    <Modal
      open={open}
      title={p ? `制定处置方案 — ${String(p.fields.code ?? '')} ${String(p.fields.name ?? '')}` : '制定处置方案'}
      okText="保存方案"
      cancelText="取消"
      width={880}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <RefusalAlert
        title="未能保存方案"
        messages={problems}
        action={openPlanId && <Link to={`/disposal/${openPlanId}`}>查看该方案</Link>}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ methodCodes: [] }}
      >
        <Form.Item name="causeAnalysisZh" label="形成原因分析" rules={[{ required: true, whitespace: true, message: '请填写形成原因分析' }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount placeholder="逐宗分析闲置、低效的原因" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="responsibleUnitId" label="责任单位" rules={[{ required: true, message: '请选择责任单位' }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="leaderPositionId" label="包挂领导（席位）" rules={[{ required: true, message: '请选择包挂领导席位' }]} extra="按席位落实，任职人员变动后由新任职人员负责">
            <PositionSelect />
          </Form.Item>
          <Form.Item name="taskForceBodyId" label="工作专班 / 战区">
            <TaskForceSelect />
          </Form.Item>
          <Form.Item name="deadline" label="完成时限" rules={[{ required: true, message: '请选择完成时限' }]}>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
        </div>
        <Form.Item
          name="methodCodes"
          label="处置措施"
          rules={[{ type: 'array', min: 1, required: true, message: '请至少选择一项处置措施' }]}
          extra="按该地块的认定情形列出适用的处置方式，可选多项"
        >
          <MethodPicker methods={methods.data?.items ?? []} loading={methods.loading} error={methods.error?.userMessage} />
        </Form.Item>
        {chosen.map((m) => (
          <MeasureCard key={m.code} method={m} />
        ))}
      </Form>
    </Modal>
  );
}
