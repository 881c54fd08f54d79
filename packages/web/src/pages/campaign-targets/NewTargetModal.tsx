import { useState } from 'react';
import { App, Form, Input, InputNumber, Segmented, Select } from 'antd';
import { createCampaignTarget, type CampaignTargetItem, type NewTargetInput } from '../../api/campaign.ts';
import { BuiltInPicker } from './BuiltInPicker.tsx';
import { toPeriods, toScope, toTotal, type AmountFormValues, type RateFormValues } from './formValues.ts';
import { SaveDialog } from './SaveDialog.tsx';
import { AmountFields, IdField, NameField, RateFields, SourceFields } from './TargetFields.tsx';
import type { ScopeOptions } from './types.ts';
import { useFormSave } from './useFormSave.ts';

type Mode = 'AMOUNT' | 'BUILT_IN' | 'DISPOSAL_RATE' | 'LINKAGE';

interface LinkageFormValues {
  id: string;
  nameZh: string;
  rewardSharePercent: number;
  penaltySharePercent: number;
  taskTargetIds: string[];
  quotaDescriptionZh: string;
  source: AmountFormValues['source'];
}

type Values = AmountFormValues & RateFormValues & LinkageFormValues & { fromBuiltIn: string };

interface Props {
  open: boolean;
  jurisdictionCode: string;
  targets: CampaignTargetItem[];
  scope: ScopeOptions;
  onClose: () => void;
  reload: () => void;
}

const firstPeriod = { id: 'P1', labelZh: '第1期' };

function inputOf(mode: Mode, v: Values): NewTargetInput {
  switch (mode) {
    case 'BUILT_IN':
      return { fromBuiltIn: v.fromBuiltIn, ...(v.id ? { id: v.id } : {}) };
    case 'AMOUNT':
      return {
        kind: 'AMOUNT',
        id: v.id,
        nameZh: v.nameZh,
        basis: v.basis,
        countingStart: v.countingStart,
        periods: toPeriods(v.periods),
        total: toTotal(v.total),
        scope: toScope(v.scope),
        source: v.source,
      };
    case 'DISPOSAL_RATE':
      return { kind: 'DISPOSAL_RATE', id: v.id, nameZh: v.nameZh, stockKind: v.stockKind, minSharePercent: v.minSharePercent, denominatorDescriptionZh: v.denominatorDescriptionZh, status: v.status, source: v.source };
    case 'LINKAGE':
      return {
        kind: 'LINKAGE',
        id: v.id,
        nameZh: v.nameZh,
        rewardSharePercent: v.rewardSharePercent,
        penaltySharePercent: v.penaltySharePercent,
        taskTargetIds: v.taskTargetIds,
        quotaDescriptionZh: v.quotaDescriptionZh,
        source: v.source,
      };
  }
}

/**
 * 新增目标: an amount target typed in with its periods, one of the seeds' targets imported
 * as a template, a yearly disposal rate, or the 增存挂钩 rule over the rate targets.
 */
export function NewTargetModal({ open, jurisdictionCode, targets, scope, onClose, reload }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useFormSave(form);
  const [mode, setMode] = useState<Mode>('AMOUNT');
  const rateTargets = targets.filter((t) => t.kind === 'DISPOSAL_RATE');

  const submit = () =>
    save.run(async (v) => {
      const saved = await createCampaignTarget(jurisdictionCode, inputOf(mode, v));
      void message.success(
        saved.active ? `已新增目标「${saved.nameZh}」（${saved.id}）` : `已导入「${saved.nameZh}」（${saved.id}），暂为停用：请按本辖区的方案修改日期和数字后启用`,
        saved.active ? 3 : 8,
      );
      reload();
      onClose();
    });

  return (
    <SaveDialog open={open} title="新增攻坚目标" width={920} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      <Segmented<Mode>
        block
        value={mode}
        onChange={(m) => {
          setMode(m);
          save.clear();
        }}
        options={[
          { value: 'AMOUNT', label: '分期数量目标' },
          { value: 'BUILT_IN', label: '从示例方案导入' },
          { value: 'DISPOSAL_RATE', label: '处置率目标' },
          { value: 'LINKAGE', label: '增存挂钩奖惩' },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Form<Values>
        key={mode}
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ basis: 'INCREMENTAL', periods: [firstPeriod], status: 'IN_FORCE', rewardSharePercent: 10, penaltySharePercent: 20, source: { readingZh: '' } }}
      >
        {mode === 'BUILT_IN' ? (
          <BuiltInPicker form={form} />
        ) : (
          <>
            <div className="ph-form-grid">
              <IdField />
              <NameField />
            </div>
            {mode === 'AMOUNT' && <AmountFields form={form} scope={scope} />}
            {mode === 'DISPOSAL_RATE' && <RateFields />}
            {mode === 'LINKAGE' && (
              <>
                <div className="ph-form-grid">
                  <Form.Item name="rewardSharePercent" label="完成任务奖励计划指标" rules={[{ required: true, message: '请填写奖励比例' }]}>
                    <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name="penaltySharePercent" label="未完成核减计划指标" rules={[{ required: true, message: '请填写核减比例' }]}>
                    <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: 160 }} />
                  </Form.Item>
                </div>
                <Form.Item name="taskTargetIds" label="“完成年度增存挂钩任务”指以下处置率目标均达标" rules={[{ required: true, message: '请选择处置率目标' }]}>
                  <Select mode="multiple" placeholder={rateTargets.length ? '请选择' : '请先新增处置率目标'} options={rateTargets.map((t) => ({ value: t.id, label: `${t.nameZh}（${t.id}）` }))} />
                </Form.Item>
                <Form.Item name="quotaDescriptionZh" label="奖惩基数" rules={[{ required: true, whitespace: true, message: '请说明奖惩的基数' }]} extra="各年度的指标数额在下方「增存挂钩计划指标」中填写">
                  <Input maxLength={200} placeholder="如：本县下一年度新增建设用地计划指标" />
                </Form.Item>
              </>
            )}
            <SourceFields />
          </>
        )}
      </Form>
    </SaveDialog>
  );
}
