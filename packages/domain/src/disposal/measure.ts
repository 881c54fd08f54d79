/**
 * The life of one disposal measure (docs/design/disposal.md §1–2, DOMAIN.md §5.3 D2–D7):
 * a pure step from state + action + context (today, the plan, the parcel) to the next
 * measure or a refusal that says in Chinese what is missing. Terminal states are final.
 */
import { formatSquareMetres } from '../units/area.ts';
import { compareIsoDates } from '../units/dates.ts';
import { disposalMethod, type DisposalMethod } from './catalogue.ts';
import { escalationOf, type Escalation } from './escalation.ts';
import { checkPastDate, nonEmptyText, refuse, zh, type DisposalRefusal } from './refusal.ts';
import {
  agreementTypeLabels,
  evidenceKindLabels,
  isTerminalMeasureStatus,
  measureStatusLabels,
  planStatusLabels,
  type Agreement,
  type DisposalMeasure,
  type Evidence,
  type IsoDate,
  type MeasureStatus,
  type PlanStatus,
} from './types.ts';

export { validateMeasureData, type FieldProblem } from './measure-data.ts';

export type MeasureAction =
  | { action: 'startNegotiation'; on: IsoDate }
  | { action: 'signAgreement'; on: IsoDate; agreement: Agreement }
  | { action: 'startExecution'; on: IsoDate }
  | { action: 'startMonitoring'; on: IsoDate }
  | { action: 'revitalise'; on: IsoDate; area_m2: number; evidence: Evidence }
  | { action: 'escalate'; on: IsoDate; reasonZh: string }
  | { action: 'fail'; on: IsoDate; reasonZh: string }
  | { action: 'cancel'; on: IsoDate; reasonZh: string };

export type MeasureActionName = MeasureAction['action'];

export interface MeasureContext {
  today: IsoDate;
  planStatus: PlanStatus;
  planApprovedOn?: IsoDate;
  parcelArea_m2: number;
}

export type MeasureStepResult = { ok: true; measure: DisposalMeasure; escalation?: Escalation } | DisposalRefusal;

export const measureActionLabels: Readonly<Record<MeasureActionName, string>> = {
  startNegotiation: '开始协商',
  signAgreement: '登记签订协议',
  startExecution: '开始实施',
  startMonitoring: '转入跟踪监管',
  revitalise: '确认盘活',
  escalate: '升级处置',
  fail: '认定未能盘活',
  cancel: '撤销措施',
};

/** The date each action records, as the form names it. */
const actionDateLabels: Readonly<Record<MeasureActionName, string>> = {
  startNegotiation: '开始协商日期',
  signAgreement: '签订日期',
  startExecution: '开始实施日期',
  startMonitoring: '转入跟踪监管日期',
  revitalise: '盘活日期',
  escalate: '升级处置日期',
  fail: '认定日期',
  cancel: '撤销日期',
};

/** The transition table: the states an action leaves from, and where it goes. */
export const measureTransitions: Readonly<Record<MeasureActionName, { from: readonly MeasureStatus[]; to: MeasureStatus }>> = {
  startNegotiation: { from: ['PLANNED'], to: 'NEGOTIATING' },
  signAgreement: { from: ['PLANNED', 'NEGOTIATING'], to: 'AGREEMENT_SIGNED' },
  startExecution: { from: ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED'], to: 'EXECUTING' },
  startMonitoring: { from: ['AGREEMENT_SIGNED', 'EXECUTING'], to: 'MONITORING' },
  revitalise: { from: ['AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'REVITALISED' },
  // from NEGOTIATING too: the holder refusing to sign is a ground of its own (WP 「拒绝签订限期开发三方协议的」, YN 「拒绝签订协议的」)
  escalate: { from: ['NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'ESCALATED' },
  fail: { from: ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'FAILED' },
  cancel: { from: ['PLANNED', 'NEGOTIATING'], to: 'CANCELLED' },
};

/** The actions the state allows (the other guards still apply), for the UI's buttons. */
export function allowedMeasureActions(status: MeasureStatus): MeasureActionName[] {
  return (Object.keys(measureTransitions) as MeasureActionName[]).filter((a) => measureTransitions[a].from.includes(status));
}

const agreementTypesZh = (method: DisposalMethod) => (method.agreementTypes ?? []).map((t) => agreementTypeLabels[t]).join('或');

function requireApprovedPlan(ctx: MeasureContext, action: MeasureActionName): DisposalRefusal | undefined {
  if (ctx.planStatus === 'APPROVED') return undefined;
  return refuse(
    'PLAN_NOT_APPROVED',
    `处置方案尚未批准（当前为“${planStatusLabels[ctx.planStatus]}”），方案批准后方可${measureActionLabels[action]}。`,
  );
}

function signAgreement(m: DisposalMeasure, method: DisposalMethod, a: Extract<MeasureAction, { action: 'signAgreement' }>, ctx: MeasureContext) {
  const types = method.agreementTypes ?? [];
  if (types.length === 0) {
    return refuse('AGREEMENT_NOT_APPLICABLE', `“${method.nameZh}”无需签订协议，方案批准后可直接开始实施。`);
  }
  const agreement = a.agreement as Agreement | undefined;
  if (!agreement || !types.includes(agreement.type)) {
    return refuse('AGREEMENT_REQUIRED', `“${method.nameZh}”应签订${agreementTypesZh(method)}，请选择协议类型。`);
  }
  const badDate = checkPastDate(agreement.signedAt, '协议签订日期', ctx.today);
  if (badDate) return badDate;
  const parties = (Array.isArray(agreement.parties) ? agreement.parties : []).filter(nonEmptyText).map((p) => p.trim());
  // Two parties make an agreement; a three-party agreement, and a seed that names its parties, need them all.
  const named = method.agreementParties ?? [];
  const needed = Math.max(2, agreement.type === 'THREE_PARTY' ? 3 : 0, named.length);
  if (parties.length < needed) {
    const who = named.length > 0 ? `由${named.join('、')}${named.length}方签订` : `至少有${needed}方当事人`;
    return refuse('AGREEMENT_REQUIRED', `${agreementTypeLabels[agreement.type]}应${who}，已填写${parties.length}方。`);
  }
  return moved(m, 'AGREEMENT_SIGNED', a.on, { data: { ...m.data, agreement: { ...agreement, parties } } });
}

function revitalise(m: DisposalMeasure, method: DisposalMethod, a: Extract<MeasureAction, { action: 'revitalise' }>, ctx: MeasureContext) {
  const ev = a.evidence as Evidence | undefined;
  const wanted = evidenceKindLabels[method.evidenceKind];
  if (!ev) return refuse('EVIDENCE_REQUIRED', `请提交盘活证明材料（${wanted}）。`);
  if (ev.kind !== method.evidenceKind) {
    return refuse(
      'EVIDENCE_MISMATCH',
      `“${method.nameZh}”以“${wanted}”作为盘活证明，所提交的是“${evidenceKindLabels[ev.kind] ?? ev.kind}”。`,
    );
  }
  if (!nonEmptyText(ev.referenceZh)) return refuse('EVIDENCE_REQUIRED', '请填写证明材料的登记证号或文号。');
  const badDate = checkPastDate(ev.on, '证明材料日期', ctx.today);
  if (badDate) return badDate;
  if (compareIsoDates(ev.on, a.on) > 0) {
    return refuse('INVALID_INPUT', `证明材料日期（${zh(ev.on)}）晚于盘活日期（${zh(a.on)}），盘活日期应不早于取得证明之日。`);
  }
  // Only what happened under the approved plan counts towards its targets.
  if (ctx.planApprovedOn && compareIsoDates(ev.on, ctx.planApprovedOn) < 0) {
    return refuse(
      'DATE_BEFORE_APPROVAL',
      `证明材料日期（${zh(ev.on)}）早于处置方案批准日期（${zh(ctx.planApprovedOn)}），不能作为本方案的盘活证明。`,
    );
  }
  if (typeof a.area_m2 !== 'number' || !Number.isFinite(a.area_m2) || a.area_m2 <= 0) {
    return refuse('AREA_INVALID', '请填写盘活面积，盘活面积须大于0平方米。');
  }
  if (a.area_m2 > ctx.parcelArea_m2) {
    return refuse('AREA_INVALID', `盘活面积${formatSquareMetres(a.area_m2)}超过宗地面积${formatSquareMetres(ctx.parcelArea_m2)}。`);
  }
  return moved(m, 'REVITALISED', a.on, {
    revitalisedOn: a.on,
    revitalisedArea_m2: a.area_m2,
    evidence: { ...ev, referenceZh: ev.referenceZh.trim() },
  });
}

function moved(m: DisposalMeasure, status: MeasureStatus, on: IsoDate, patch: Partial<DisposalMeasure> = {}) {
  return { ok: true as const, measure: { ...m, ...patch, status, statusSince: on } };
}

function withReason(m: DisposalMeasure, a: { action: MeasureActionName; on: IsoDate; reasonZh: string }, status: MeasureStatus) {
  if (!nonEmptyText(a.reasonZh)) return refuse('REASON_REQUIRED', `请填写${measureActionLabels[a.action]}的理由。`);
  return moved(m, status, a.on, { outcomeReasonZh: a.reasonZh.trim() });
}

export function stepMeasure(m: DisposalMeasure, a: MeasureAction, ctx: MeasureContext): MeasureStepResult {
  const method = disposalMethod(m.methodCode);
  if (!method) return refuse('UNKNOWN_METHOD', `处置方式代码“${m.methodCode}”不在处置方式目录中。`);
  const label = measureActionLabels[a.action];
  if (isTerminalMeasureStatus(m.status)) {
    return refuse('ALREADY_CONCLUDED', `本措施已于${zh(m.statusSince)}${measureStatusLabels[m.status]}，不能再${label}。`);
  }
  const { from } = measureTransitions[a.action];
  if (!from.includes(m.status)) {
    const allowed = from.map((s) => `“${measureStatusLabels[s]}”`).join('、');
    return refuse('ACTION_NOT_ALLOWED', `本措施当前为“${measureStatusLabels[m.status]}”，不能${label}（仅${allowed}时可以）。`);
  }
  const badDate = checkPastDate(a.on, actionDateLabels[a.action], ctx.today);
  if (badDate) return badDate;

  switch (a.action) {
    case 'startNegotiation':
      return moved(m, 'NEGOTIATING', a.on);
    case 'signAgreement':
      return requireApprovedPlan(ctx, a.action) ?? signAgreement(m, method, a, ctx);
    case 'startExecution': {
      const notApproved = requireApprovedPlan(ctx, a.action);
      if (notApproved) return notApproved;
      if ((method.agreementTypes ?? []).length > 0 && m.status !== 'AGREEMENT_SIGNED') {
        return refuse('AGREEMENT_REQUIRED', `“${method.nameZh}”须先签订${agreementTypesZh(method)}，登记签订后方可开始实施。`);
      }
      return moved(m, 'EXECUTING', a.on);
    }
    case 'startMonitoring':
      return requireApprovedPlan(ctx, a.action) ?? moved(m, 'MONITORING', a.on);
    case 'revitalise': {
      const notApproved = requireApprovedPlan(ctx, a.action);
      if (notApproved) return notApproved;
      if (ctx.planApprovedOn && compareIsoDates(a.on, ctx.planApprovedOn) < 0) {
        return refuse('DATE_BEFORE_APPROVAL', `盘活日期（${zh(a.on)}）早于处置方案批准日期（${zh(ctx.planApprovedOn)}）。`);
      }
      return revitalise(m, method, a, ctx);
    }
    case 'escalate': {
      const result = withReason(m, a, 'ESCALATED');
      return result.ok ? { ...result, escalation: escalationOf(m.methodCode) } : result;
    }
    case 'fail':
      return withReason(m, a, 'FAILED');
    case 'cancel':
      return withReason(m, a, 'CANCELLED');
  }
}
