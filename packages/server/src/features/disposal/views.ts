import {
  allowedMeasureActions,
  disposalMethod,
  disposalStageLabels,
  evidenceKindLabels,
  measureActionLabels,
  measureStatusLabels,
  planActionLabels,
  planStage,
  planStatusLabels,
  taskOverdue,
  taskStatusLabels,
  type IsoDate,
  type MeasureActionName,
  type PlanAction,
} from '@panhuo/domain';
import type { BlacklistRow, MeasureEventRow, MeasureRow } from './measure-repository.ts';
import type { PlanHistoryRow, PlanRecord } from './plan-repository.ts';
import type { TaskRecord, TaskReportRow } from './task-repository.ts';

/** How plans, measures, tasks and reports are answered: rows with their Chinese labels and computed flags. */

const methodName = (code: string) => disposalMethod(code)?.nameZh ?? code;

const files = (ids: readonly string[], names: ReadonlyMap<string, string>) => ids.map((id) => ({ id, originalName: names.get(id) ?? id.slice(0, 12) }));

const eventLabels: Readonly<Record<string, string>> = { create: '列入方案', update: '修改措施', ...measureActionLabels };

export function measureView(m: MeasureRow, events: readonly MeasureEventRow[], fileNames: ReadonlyMap<string, string>) {
  const method = disposalMethod(m.methodCode);
  const ev = m.evidence ?? null;
  return {
    ...m.data,
    id: m.id,
    planId: m.planId,
    ordinal: m.ordinal,
    methodCode: m.methodCode,
    methodNameZh: methodName(m.methodCode),
    status: m.status,
    statusZh: measureStatusLabels[m.status],
    statusSince: m.statusSince,
    deadline: m.deadline ?? null,
    responsibleUnitId: m.responsibleUnitId ?? null,
    responsiblePositionId: m.responsiblePositionId ?? null,
    fields: method?.fields ?? [],
    agreementTypes: method?.agreementTypes ?? null,
    evidenceKind: method?.evidenceKind ?? '',
    evidenceZh: method ? evidenceKindLabels[method.evidenceKind] : '',
    legalBasis: m.legalBasis,
    sourceZh: method?.sourceZh ?? '',
    revitalisedOn: m.revitalisedOn ?? null,
    revitalisedArea_m2: m.revitalisedArea_m2 ?? null,
    evidence: ev
      ? {
          kind: ev.kind,
          kindZh: evidenceKindLabels[ev.kind] ?? ev.kind,
          on: ev.on,
          referenceZh: ev.referenceZh,
          ...(ev.noteZh ? { noteZh: ev.noteZh } : {}),
          fileIds: ev.fileIds ?? [],
          files: files(ev.fileIds ?? [], fileNames),
        }
      : null,
    outcomeReason: m.outcomeReasonZh ?? null,
    escalatedFromId: m.escalatedFromId ?? null,
    allowedActions: allowedMeasureActions(m.status).map((action) => ({ action, labelZh: measureActionLabels[action] })),
    events: events
      .filter((e) => e.measureId === m.id)
      .map((e) => ({
        id: e.id,
        action: e.action,
        actionZh: eventLabels[e.action as MeasureActionName] ?? e.action,
        on: e.onDate,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        detail: e.detail,
        actorName: e.actorName,
        createdAt: e.createdAt,
      })),
    version: m.version,
  };
}

function overdueOf(p: Pick<PlanRecord, 'status' | 'deadline'>, today: IsoDate): boolean {
  // a plan runs late like a task does: from the first day after its deadline until it is closed
  return taskOverdue({ status: p.status === 'CLOSED' ? 'DONE' : 'OPEN', dueOn: p.deadline }, today).overdue;
}

export function planSummaryView(p: PlanRecord, measures: readonly MeasureRow[], today: IsoDate) {
  const stage = planStage({ status: p.status, measures });
  return {
    id: p.id,
    jurisdictionCode: p.jurisdictionCode,
    planNo: p.planNo,
    status: p.status,
    statusZh: planStatusLabels[p.status],
    stage,
    stageZh: disposalStageLabels[stage],
    parcel: { id: p.parcelId, code: p.parcelCode, name: p.parcelName, area_m2: p.parcelArea_m2 },
    enterprise: p.enterpriseId ? { id: p.enterpriseId, name: p.enterpriseName ?? '' } : null,
    zone: p.zoneId ? { id: p.zoneId, name: p.zoneName ?? '' } : null,
    responsibleUnit: { id: p.responsibleUnitId, name: p.unitName },
    leader: { id: p.leaderPositionId, title: p.leaderTitle, unitName: p.leaderUnitName, holderName: p.leaderHolderName },
    measures: measures.map((m) => ({ id: m.id, methodCode: m.methodCode, methodNameZh: methodName(m.methodCode), status: m.status })),
    deadline: p.deadline,
    overdue: overdueOf(p, today),
    version: p.version,
  };
}

const historyLabels: Readonly<Record<string, string>> = { create: '制定方案', update: '修改方案', ...planActionLabels };

export function planView(
  p: PlanRecord,
  extra: { measures: readonly MeasureRow[]; measureViews: Array<ReturnType<typeof measureView>>; taskCount: number; history: readonly PlanHistoryRow[] },
  today: IsoDate,
) {
  const { measures: _summaries, ...summary } = planSummaryView(p, extra.measures, today);
  const revitalised = extra.measures.flatMap((m) => (m.status === 'REVITALISED' && m.revitalisedOn ? [m.revitalisedOn] : [])).sort();
  return {
    ...summary,
    source: p.source,
    caseId: p.caseId,
    caseNo: p.caseNo,
    category: p.category,
    idleCause: p.idleCause,
    wpClass: p.wpClass,
    causeAnalysisZh: p.causeAnalysisZh,
    taskForce: p.taskForceBodyId ? { id: p.taskForceBodyId, name: p.taskForceName ?? '' } : null,
    returnedReason: p.returnedReason,
    submittedOn: p.submittedOn,
    approval: p.approval,
    closedOn: p.closedOn,
    revitalisedOn: revitalised.at(-1) ?? null,
    measures: extra.measureViews,
    taskCount: extra.taskCount,
    history: extra.history.map((h) => {
      const action = typeof h.after?.action === 'string' ? h.after.action : h.action === 'CREATE' ? 'create' : 'update';
      return { id: h.id, action, actionZh: historyLabels[action as PlanAction] ?? action, at: h.at, actorName: h.actorName, detail: h.after };
    }),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function taskView(t: TaskRecord, today: IsoDate) {
  const late = taskOverdue(t, today);
  return {
    id: t.id,
    planId: t.planId,
    planNo: t.planNo,
    parcelId: t.parcelId,
    parcelCode: t.parcelCode,
    parcelName: t.parcelName,
    zoneName: t.zoneName,
    measureId: t.measureId,
    methodNameZh: t.methodCode ? methodName(t.methodCode) : null,
    titleZh: t.titleZh,
    dueOn: t.dueOn,
    positionId: t.positionId,
    positionTitle: t.positionTitle,
    unitName: t.unitName,
    holderName: t.holderName,
    status: t.status,
    statusZh: taskStatusLabels[t.status],
    doneOn: t.doneOn,
    overdue: late.overdue,
    daysOverdue: late.daysOverdue,
    lastReport: t.lastReport,
    reportCount: t.reportCount,
    version: t.version,
  };
}

export function reportView(r: TaskReportRow, fileNames: ReadonlyMap<string, string>) {
  return {
    id: r.id,
    taskId: r.taskId,
    reportedOn: r.reportedOn,
    progressZh: r.progressZh,
    problemsZh: r.problemsZh || null,
    nextStepsZh: r.nextStepsZh || null,
    done: r.done,
    fileIds: r.fileIds,
    files: files(r.fileIds, fileNames),
    reporterName: r.reporterName,
    createdAt: r.createdAt,
  };
}

export const blacklistView = (b: BlacklistRow) => ({
  id: b.id,
  enterpriseName: b.enterpriseName,
  uscc: b.uscc,
  listedOn: b.listedOn,
  basisZh: b.basisZh,
  sourceZh: b.sourceZh,
  planId: b.planId,
  measureId: b.measureId,
});
