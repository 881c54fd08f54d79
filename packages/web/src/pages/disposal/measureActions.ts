import type { MeasureActionName } from '../../api/disposal.ts';

/** What each step of a measure asks for; which steps are open now is the server's answer (allowedActions). */
export interface MeasureActionDef {
  action: MeasureActionName;
  label: string;
  /** what the action's date means */
  dateLabel: string;
  /** the step ends the measure off its path */
  danger?: boolean;
}

export const measureActionDefs: Record<MeasureActionName, MeasureActionDef> = {
  startNegotiation: { action: 'startNegotiation', label: '开始协商', dateLabel: '协商开始日期' },
  signAgreement: { action: 'signAgreement', label: '签订协议', dateLabel: '签订日期' },
  startExecution: { action: 'startExecution', label: '开始实施', dateLabel: '实施开始日期' },
  startMonitoring: { action: 'startMonitoring', label: '转入跟踪监管', dateLabel: '转入监管日期' },
  revitalise: { action: 'revitalise', label: '认定盘活', dateLabel: '盘活认定日期' },
  escalate: { action: 'escalate', label: '升级处置', dateLabel: '升级日期', danger: true },
  fail: { action: 'fail', label: '未能盘活', dateLabel: '认定日期', danger: true },
  cancel: { action: 'cancel', label: '撤销', dateLabel: '撤销日期', danger: true },
};
