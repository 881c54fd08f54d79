import { RefusalModal } from './RefusalAlert.tsx';
import { useState } from 'react';
import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { updatePlan, type Plan } from '../../api/disposal.ts';
import { PositionSelect, TaskForceSelect, UnitSelect } from './OrgSelects.tsx';
import { isConflict, refusalText } from './problems.ts';

interface Values {
  causeAnalysisZh: string;
  responsibleUnitId: string;
  leaderPositionId: string;
  taskForceBodyId?: string;
  deadline: Dayjs;
}

/** 修改方案 while it is 编制中 (also after it was returned): cause, who answers for it, deadline. */
export function EditPlanModal({ plan, open, onClose, onSaved }: { plan: Plan; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setRefusal(undefined);
    try {
      await updatePlan(plan.id, {
        version: plan.version,
        causeAnalysisZh: v.causeAnalysisZh.trim(),
        responsibleUnitId: v.responsibleUnitId,
        leaderPositionId: v.leaderPositionId,
        taskForceBodyId: v.taskForceBodyId || undefined,
        deadline: v.deadline.format('YYYY-MM-DD'),
      });
      void message.success('方案已修改');
      onSaved();
    } catch (err) {
      if (isConflict(err)) {
        void message.warning('该方案刚被他人修改，已加载最新情况，请重新操作。');
        onSaved();
      } else {
        setRefusal(refusalText(err));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <RefusalModal
      open={open}
      title={`修改方案 — ${plan.planNo}`}
      okText="保存"
      width={720}
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
        initialValues={{
          causeAnalysisZh: plan.causeAnalysisZh,
          responsibleUnitId: plan.responsibleUnit.id,
          leaderPositionId: plan.leader.id,
          taskForceBodyId: plan.taskForce?.id,
          deadline: dayjs(plan.deadline),
        }}
      >
        <Form.Item name="causeAnalysisZh" label="形成原因分析" rules={[{ required: true, whitespace: true, message: '请填写形成原因分析' }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label="责任单位" rules={[{ required: true, message: '请选择责任单位' }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="leaderPositionId" label="包挂领导（席位）" rules={[{ required: true, message: '请选择包挂领导席位' }]}>
          <PositionSelect />
        </Form.Item>
        <Form.Item name="taskForceBodyId" label="工作专班 / 战区">
          <TaskForceSelect />
        </Form.Item>
        <Form.Item name="deadline" label="完成时限" rules={[{ required: true, message: '请选择完成时限' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </RefusalModal>
  );
}
