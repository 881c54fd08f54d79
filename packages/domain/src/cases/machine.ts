/**
 * The one evaluator of every profile: state check, state-only guards, service of the
 * document, action guards, then the clocks and effects that the profile declares.
 */
import { documentKindLabels, serviceMethodLabels, type DocumentKind } from '../documents/kinds.ts';
import { clockDefinitions, openDeadlines, startClock } from './clocks.ts';
import { checkPastDate, nonEmptyText, refuse } from './guards.ts';
import type { AnyActionSpec, CaseProfile } from './profile.ts';
import { caseProfile } from './profiles/index.ts';
import type {
  ActionId,
  ActionInput,
  AllowedAction,
  CaseCategory,
  CaseProfileId,
  CaseSnapshot,
  CaseState,
  Deadline,
  Decision,
  DecisionContext,
  DecimalString,
  Effect,
  IsoDate,
  Refusal,
  ServiceRecord,
} from './types.ts';

export function stateLabel(profile: CaseProfileId, state: CaseState): string {
  return caseProfile(profile).states.find((s) => s.id === state)?.label ?? state;
}

function findAction(profile: CaseProfile, action: ActionId): AnyActionSpec | undefined {
  return profile.actions.find((a) => a.id === action);
}

function notAllowedHere(profile: CaseProfile, c: CaseSnapshot, spec: AnyActionSpec): Refusal {
  const label = profile.states.find((s) => s.id === c.state)?.label ?? c.state;
  return refuse('ACTION_NOT_ALLOWED', `案件当前状态为“${label}”，不能${spec.label}。`);
}

function documentName(kind: DocumentKind): string {
  return `《${documentKindLabels[kind]}》`;
}

/** Whether the case has an issued, not yet served document of the kind — without input. */
function issuedDocumentMissing(c: CaseSnapshot, kind: DocumentKind): Refusal | undefined {
  if (c.documents.some((d) => d.kind === kind && d.status === 'ISSUED')) return undefined;
  return refuse('DOCUMENT_NOT_ISSUED', `尚无已签发的${documentName(kind)}，签发取得文号后方可送达。`);
}

function checkService(c: CaseSnapshot, kind: DocumentKind, input: unknown, ctx: DecisionContext): Refusal | ServiceRecord {
  const i = (input ?? {}) as Partial<Record<'documentId' | 'servedOn' | 'serviceMethod', unknown>>;
  const name = documentName(kind);
  const doc = c.documents.find((d) => d.id === i.documentId);
  if (!nonEmptyText(i.documentId) || !doc || doc.kind !== kind) {
    return refuse('DOCUMENT_NOT_ISSUED', `请选择本案已签发的${name}作为送达文书。`);
  }
  if (doc.status === 'DRAFT') return refuse('DOCUMENT_NOT_ISSUED', `${name}尚为草稿，签发取得文号后方可送达。`);
  if (doc.status === 'SERVED') return refuse('DOCUMENT_NOT_ISSUED', `${name}已经送达，不能重复送达。`);
  if (doc.status === 'SUPERSEDED') return refuse('DOCUMENT_NOT_ISSUED', `${name}已被更正，应送达更正后的文书。`);
  const date = checkPastDate(i.servedOn, '送达日期', ctx);
  if (date) return date;
  if (typeof i.serviceMethod !== 'string' || !(i.serviceMethod in serviceMethodLabels)) {
    return refuse('INVALID_INPUT', '请选择送达方式（直接送达、邮寄送达、电子送达、留置送达或公告送达）。');
  }
  return {
    documentId: doc.id,
    servedOn: i.servedOn as IsoDate,
    serviceMethod: i.serviceMethod as ServiceRecord['serviceMethod'],
  };
}

/**
 * Decides one action on a case. Pure: `ctx.today` is the only clock. A refusal names the
 * rule and the date in Chinese; a transition says the new state, what to merge into the
 * snapshot, the deadlines started and the effects the server must carry out.
 */
export function decide<A extends ActionId>(c: CaseSnapshot, action: A, input: ActionInput<A>, ctx: DecisionContext): Decision {
  const profile = caseProfile(c.profile);
  const spec = findAction(profile, action);
  if (!spec) return refuse('ACTION_NOT_ALLOWED', `${profile.name}中没有“${String(action)}”这一操作。`);
  if (!spec.from.includes(c.state)) return spec.refuseFrom?.(c) ?? notAllowedHere(profile, c, spec);
  const pre = spec.precheck?.(c, ctx);
  if (pre) return pre;

  let service: ServiceRecord | undefined;
  if (spec.serves) {
    const s = checkService(c, spec.serves, input, ctx);
    if ('ok' in s) return s;
    service = s;
  }

  // The spec's own input type; the server validated the shape, the guards re-check what matters.
  const outcome = (spec.apply as (c: CaseSnapshot, i: unknown, ctx: DecisionContext) => ReturnType<AnyActionSpec['apply']>)(
    c,
    input ?? {},
    ctx,
  );
  if ('ok' in outcome) return outcome;

  const patch: Partial<CaseSnapshot> = { ...outcome.patch, state: outcome.to };
  const effects: Effect[] = [];
  if (service && spec.serves) {
    patch.served = { ...c.served, [spec.serves]: service };
    effects.push({ kind: 'SERVE_DOCUMENT', documentId: service.documentId, documentKind: spec.serves, ...pickService(service) });
    for (const kind of spec.starts ?? []) patch[clockDefinitions[kind].field] = startClock(kind, service.servedOn, ctx).dueOn;
  }
  effects.push(...(outcome.effects ?? []));
  // A clock "starts" when it runs now and did not before: a new service, or a decision
  // that is back in force after an appeal was dismissed.
  const before = openDeadlines(c);
  const after = openDeadlines({ ...c, ...patch });
  const deadlines = after.filter((d) => !before.some((b) => b.kind === d.kind && b.dueOn === d.dueOn));
  return { ok: true, state: outcome.to, patch, deadlines, openDeadlines: after, effects };
}

function pickService(s: ServiceRecord): { servedOn: IsoDate; serviceMethod: ServiceRecord['serviceMethod'] } {
  return { servedOn: s.servedOn, serviceMethod: s.serviceMethod };
}

/**
 * Every action the profile offers from the current state, with the reason when a guard
 * that does not depend on the input would refuse it (the UI greys such actions out).
 */
export function allowedActions(c: CaseSnapshot, ctx: DecisionContext): AllowedAction[] {
  const profile = caseProfile(c.profile);
  return profile.actions
    .filter((a) => a.from.includes(c.state))
    .map((a) => {
      const refusal = a.precheck?.(c, ctx) ?? (a.serves ? issuedDocumentMissing(c, a.serves) : undefined);
      const base: AllowedAction = { action: a.id, label: a.label, allowed: refusal === undefined };
      if (a.serves) base.serves = a.serves;
      if (refusal) {
        base.reason = refusal.reason;
        base.code = refusal.code;
      }
      return base;
    });
}

export interface OpenCaseInput {
  profile: CaseProfileId;
  category: CaseCategory;
  openedOn: IsoDate;
  /** national: the day the suspected idle land was found; defaults to `openedOn` */
  discoveredOn?: IsoDate;
  agreedStartDate?: IsoDate;
  landPriceYuan?: DecimalString;
}

/** A new case in its profile's first state, with the clocks that start on discovery. */
export function openCase(input: OpenCaseInput, ctx: Pick<DecisionContext, 'calendar' | 'settings'>): { snapshot: CaseSnapshot; deadlines: Deadline[] } {
  const profile = caseProfile(input.profile);
  const snapshot: CaseSnapshot = {
    profile: input.profile,
    state: profile.initialState,
    category: input.category,
    openedOn: input.openedOn,
    reverificationCount: 0,
    documents: [],
  };
  if (input.agreedStartDate) snapshot.agreedStartDate = input.agreedStartDate;
  if (input.landPriceYuan) snapshot.landPriceYuan = input.landPriceYuan;
  const deadlines: Deadline[] = [];
  if (input.profile === 'NAT-IDLE-2012') {
    snapshot.discoveredOn = input.discoveredOn ?? input.openedOn;
    const d = startClock('INVESTIGATION_START', snapshot.discoveredOn, ctx);
    snapshot.investigationStartDueOn = d.dueOn;
    deadlines.push(d);
  } else if (input.discoveredOn) {
    snapshot.discoveredOn = input.discoveredOn;
  }
  return { snapshot, deadlines };
}
