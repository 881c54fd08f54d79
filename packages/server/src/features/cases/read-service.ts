import {
  addDays,
  allowedActions,
  can,
  caseProfile,
  compareIsoDates,
  documentKindLabels,
  restrictionLabels,
  serviceMethodLabels,
  stateLabel,
  type AllowedAction,
  type CaseProfileId,
  type CaseSnapshot,
  type DecisionContext,
  type IsoDate,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { loadCaseSettings, loadWorkingCalendar, type CaseUseCase } from './context.ts';
import { findCase, listEvents, openDeadlinesOf, type CaseRow } from './repository.ts';
import { countAssignedOpenCases, countByState, deadlinesDueBy, searchCases, todoCases, type CaseListFilter, type CaseListRow } from './query-repository.ts';
import { documentRefs, documentsOfCase, searchPublications, searchRestrictions, type RestrictionRow } from './related-repository.ts';
import { listAttachments } from '../inspections/attachment-repository.ts';
import { toAttachmentView } from '../inspections/attachment-service.ts';
import { listInspectionsOfCase } from '../inspections/inspection-repository.ts';
import { toInspectionView } from '../inspections/inspection-service.ts';
import { loadParcelFacts } from './parcel-facts.ts';

type ReadUseCase = Omit<CaseUseCase, 'requestId'>;

export function profileName(id: CaseProfileId): string {
  return caseProfile(id).name;
}

function actionLabel(profile: CaseProfileId, action: string): string {
  if (action === 'open') return '立案';
  return caseProfile(profile).actions.find((a) => a.id === action)?.label ?? action;
}

export function toListItem(r: CaseListRow, today: IsoDate) {
  const nextDeadline = r.deadlineKind && r.deadlineDueOn ? { kind: r.deadlineKind, label: r.deadlineLabel ?? '', dueOn: r.deadlineDueOn } : null;
  return {
    id: r.id,
    jurisdictionCode: r.jurisdictionCode,
    caseNo: r.caseNo,
    profileId: r.profileId,
    profileName: profileName(r.profileId),
    category: r.category,
    state: r.state,
    stateLabel: stateLabel(r.profileId, r.state),
    open: r.closedOn === null,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    parcel: { id: r.parcelId, code: r.parcelCode, name: r.parcelName, area_m2: r.area_m2, zoneName: r.zoneName },
    enterprise: r.enterpriseId ? { id: r.enterpriseId, name: r.enterpriseName ?? '' } : null,
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? '' } : null,
    nextDeadline,
    overdue: nextDeadline !== null && compareIsoDates(nextDeadline.dueOn, today) < 0,
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

export async function listCases(uc: ReadUseCase, q: CaseListFilter & { assignee?: string; page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = q;
  if (filter.assignee === 'ME') filter.assignee = uc.actor.userId;
  const r = await searchCases(uc.db, uc.actor.scope, filter, uc.today, { page, pageSize });
  return { total: r.total, items: r.items.map((i) => toListItem(i, uc.today)) };
}

/** The context the machine decides in, for the case's jurisdiction and today. */
export async function decisionContext(db: Queryable, jurisdictionCode: string, today: IsoDate): Promise<DecisionContext & { settings: Awaited<ReturnType<typeof loadCaseSettings>>['settings'] }> {
  // sequential: `db` is often a transaction, whose client runs one query at a time
  const { settings } = await loadCaseSettings(db, jurisdictionCode);
  const calendar = await loadWorkingCalendar(db);
  return { today, calendar, settings };
}

/** The action needs a permission beyond casework: only the leading group reviews. */
export function permissionFor(action: string): 'cases:review' | 'cases:write' {
  return action === 'groupReview' ? 'cases:review' : 'cases:write';
}

/** The domain's allowed actions, greyed out also where the user lacks the permission. */
export function actionsFor(actor: Actor, snapshot: CaseSnapshot, ctx: DecisionContext): AllowedAction[] {
  return allowedActions(snapshot, ctx).map((a) => {
    const permission = permissionFor(a.action);
    if (!a.allowed || can(actor.role, permission)) return a;
    const reason = permission === 'cases:review' ? '该操作须由领导小组成员办理。' : '您没有办理案件的权限。';
    return { ...a, allowed: false, reason };
  });
}

export function restrictionView(r: RestrictionRow) {
  return {
    id: r.id,
    jurisdictionCode: r.jurisdictionCode,
    enterprise: { id: r.enterpriseId, name: r.enterpriseName, uscc: r.enterpriseUscc },
    case: { id: r.caseId, caseNo: r.caseNo },
    type: r.type,
    typeLabel: restrictionLabels[r.type] ?? r.type,
    department: r.department,
    since: r.since,
    liftedOn: r.liftedOn,
    liftReason: r.liftReason,
    active: r.liftedOn === null,
  };
}

async function caseInScope(uc: ReadUseCase, id: string): Promise<CaseRow> {
  const c = await findCase(uc.db, uc.actor.scope, id);
  // a case outside the actor's scope is answered as absent, like a parcel
  if (!c) throw new Problem('NOT_FOUND', '未找到该案件，或该案件不在您的管辖范围内');
  return c;
}

export async function getCase(uc: ReadUseCase, id: string) {
  const c = await caseInScope(uc, id);
  const jc = c.jurisdictionCode;
  const [facts, events, deadlines, documents, attachments, inspections, restrictions, publications, ctx] = await Promise.all([
    loadParcelFacts(uc.db, jc, c.parcelId, c.enterpriseId),
    listEvents(uc.db, jc, c.id),
    openDeadlinesOf(uc.db, jc, c.id),
    documentsOfCase(uc.db, jc, c.id),
    listAttachments(uc.db, jc, c.id),
    listInspectionsOfCase(uc.db, jc, c.id),
    searchRestrictions(uc.db, { jurisdictionCodes: [jc], zoneId: null, caseId: c.id }),
    searchPublications(uc.db, { jurisdictionCodes: [jc], zoneId: null, caseId: c.id }, { page: 1, pageSize: 100 }),
    decisionContext(uc.db, jc, uc.today),
  ]);
  const snapshot: CaseSnapshot = { ...c.snapshot, state: c.state, documents: documentRefs(documents) };
  const { rows: assignee } = c.assigneeUserId
    ? await uc.db.query<{ id: string; name: string }>('SELECT id, display_name AS name FROM users WHERE id = $1', [c.assigneeUserId])
    : { rows: [] };
  const next = deadlines[0];
  return {
    id: c.id,
    jurisdictionCode: jc,
    caseNo: c.caseNo,
    profileId: c.profileId,
    profileName: profileName(c.profileId),
    category: c.category,
    state: c.state,
    stateLabel: stateLabel(c.profileId, c.state),
    states: caseProfile(c.profileId).states.map((s) => ({ state: s.id, label: s.label })),
    open: c.closedOn === null,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    origin: c.origin,
    assignee: assignee[0] ?? null,
    version: c.version,
    updatedAt: c.updatedAt,
    // stored jsonb: an open record as far as the response schema goes
    snapshot: c.snapshot as CaseSnapshot & Record<string, unknown>,
    parcel: facts.parcel,
    enterprise: facts.enterprise,
    nextDeadline: next ? { kind: next.kind, label: next.label, dueOn: next.dueOn } : null,
    overdue: next !== undefined && compareIsoDates(next.dueOn, uc.today) < 0,
    deadlines: deadlines.map((d) => ({ kind: d.kind, label: d.label, dueOn: d.dueOn, basis: d.basis, overdue: compareIsoDates(d.dueOn, uc.today) < 0 })),
    timeline: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      label: actionLabel(c.profileId, e.action),
      fromState: e.fromState,
      fromStateLabel: e.fromState ? stateLabel(c.profileId, e.fromState) : null,
      toState: e.toState,
      toStateLabel: stateLabel(c.profileId, e.toState),
      actionOn: e.actionOn,
      actorName: e.actorName,
      occurredAt: e.occurredAt,
      opinion: e.opinion,
      input: e.input,
      documentId: e.documentId,
    })),
    documents: documents.map((d) => ({
      ...d,
      kindLabel: documentKindLabels[d.kind],
      servedMethodLabel: d.servedMethod ? serviceMethodLabels[d.servedMethod] : null,
    })),
    // the inspections feature's own views, so the case page and its pages show the same records
    attachments: attachments.map(toAttachmentView),
    inspections: inspections.map(toInspectionView),
    restrictions: restrictions.items.map(restrictionView),
    publications: publications.items,
    allowedActions: actionsFor(uc.actor, snapshot, ctx),
    today: uc.today,
  };
}

export async function caseSummary(uc: ReadUseCase, jurisdictionCode: string | undefined) {
  const [counts, due] = await Promise.all([
    countByState(uc.db, uc.actor.scope, jurisdictionCode),
    deadlinesDueBy(uc.db, uc.actor.scope, jurisdictionCode, addDays(uc.today, 7), 500),
  ]);
  const overdue = due.filter((d) => compareIsoDates(d.dueOn, uc.today) < 0);
  const finalOf = (p: CaseProfileId) => caseProfile(p).finalStates as readonly string[];
  return {
    today: uc.today,
    total: counts.reduce((n, c) => n + c.count, 0),
    open: counts.filter((c) => !finalOf(c.profileId).includes(c.state)).reduce((n, c) => n + c.count, 0),
    byState: counts.map((c) => ({ ...c, profileName: profileName(c.profileId), stateLabel: stateLabel(c.profileId, c.state) })),
    overdueCount: overdue.length,
    dueSoonCount: due.length - overdue.length,
    overdueDeadlines: overdue.slice(0, 50).map((d) => ({ ...d, stateLabel: stateLabel(d.profileId, d.state) })),
  };
}

export async function todo(uc: ReadUseCase) {
  // a user with cases of their own sees those; the others (leaders, newcomers) see their scope's
  const assigned = await countAssignedOpenCases(uc.db, uc.actor.userId);
  const rows = await todoCases(uc.db, uc.actor.scope, assigned > 0 ? uc.actor.userId : null, uc.today, 200);
  return { basis: assigned > 0 ? ('ASSIGNED' as const) : ('SCOPE' as const), today: uc.today, items: rows.map((r) => toListItem(r, uc.today)) };
}
