import { App, Form, Typography } from 'antd';
import type { YearlyTask } from '@panhuo/domain';
import { updateCampaignTarget, type CampaignTargetItem, type TargetChangeInput } from '../../api/campaign.ts';
import { amountValues, rateValues, sourceValues, toPeriods, toScope, toTotal, type AmountFormValues, type RateFormValues } from './formValues.ts';
import { kindLabels } from './labels.ts';
import { SaveDialog } from './SaveDialog.tsx';
import { AmountFields, IdField, NameField, RateFields, SourceFields, YearlyTasksField } from './TargetFields.tsx';
import type { ScopeOptions } from './types.ts';
import { useFormSave } from './useFormSave.ts';

type Values = AmountFormValues & RateFormValues & { yearlyTasks?: YearlyTask[] };

interface Props {
  /** the target being edited; null when the dialog is closed */
  target: CampaignTargetItem | null;
  jurisdictionCode: string;
  scope: ScopeOptions;
  onClose: () => void;
  reload: () => void;
}

function initialValues(t: CampaignTargetItem): Partial<Values> {
  const d = t.definition;
  switch (d.kind) {
    case 'AMOUNT':
      return amountValues(d);
    case 'DISPOSAL_RATE':
      return rateValues(d);
    case 'QUARTERLY_SCHEDULE':
      return { id: d.id, nameZh: d.nameZh, source: sourceValues(d.source), yearlyTasks: t.yearlyTasks };
    case 'LINKAGE':
      return { id: d.id, nameZh: d.nameZh, source: sourceValues(d.source) };
  }
}

function changeOf(t: CampaignTargetItem, v: Values): TargetChangeInput {
  const common = { version: t.version, active: t.active, nameZh: v.nameZh, source: v.source };
  switch (t.kind) {
    case 'AMOUNT':
      return { ...common, basis: v.basis, countingStart: v.countingStart, periods: toPeriods(v.periods), total: toTotal(v.total), scope: toScope(v.scope) };
    case 'DISPOSAL_RATE':
      return { ...common, minSharePercent: v.minSharePercent, status: v.status, denominatorDescriptionZh: v.denominatorDescriptionZh };
    case 'QUARTERLY_SCHEDULE':
      return { ...common, yearlyTasks: v.yearlyTasks ?? [] };
    case 'LINKAGE':
      return common;
  }
}

/**
 * 编辑目标: what the target's kind has — an amount target's periods, total, start and
 * scope; a rate; a schedule's yearly tasks — with its name and source. Saved with the
 * version read, checked by the server as a new target is.
 */
export function EditTargetModal({ target, jurisdictionCode, scope, onClose, reload }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useFormSave(form);

  const submit = () =>
    save.run(async (v) => {
      if (!target) return;
      const saved = await updateCampaignTarget(jurisdictionCode, target.id, changeOf(target, v));
      void message.success(`「${saved.nameZh}」已保存`);
      reload();
      onClose();
    });

  return (
    <SaveDialog
      open={!!target}
      title={target ? `编辑${kindLabels[target.kind]}：${target.nameZh}` : ''}
      width={920}
      save={save}
      onSubmit={submit}
      onClose={onClose}
      reload={reload}
    >
      {target && (
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initialValues(target)}>
          <div className="ph-form-grid">
            <IdField disabled />
            <NameField />
          </div>
          {target.kind === 'AMOUNT' && <AmountFields form={form} scope={scope} />}
          {target.kind === 'DISPOSAL_RATE' && <RateFields lockStockKind />}
          {target.kind === 'QUARTERLY_SCHEDULE' && (
            <Form.Item label="年度任务（季度管控按当年任务计算累计进度）">
              <YearlyTasksField />
            </Form.Item>
          )}
          {target.kind === 'LINKAGE' && (
            <Typography.Paragraph type="secondary">奖惩比例和所依据的处置率目标不可修改；如需调整，请删除后重新新增。</Typography.Paragraph>
          )}
          <SourceFields />
        </Form>
      )}
    </SaveDialog>
  );
}
