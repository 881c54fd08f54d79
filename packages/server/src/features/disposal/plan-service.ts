import { randomUUID } from 'node:crypto';
import {
  determinedOpenStates,
  evidenceKindLabels,
  methodsFor,
  planStage,
  stepPlan,
  type PlanActionInput,
  type PlanView,
} from '@panhuo/domain';
import { requirePermission } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import { audit, checkVersion, isUniqueViolation, notFound, refused, type DisposalUseCase } from './context.ts';
import { insertNewMeasure, measureViews } from './measure-service.ts';
import { measuresOfPlans } from './measure-repository.ts';
import type { MeasureInput } from './measure-schema.ts';
import { requirePosition, requireTaskForce, requireUnit } from './org-refs.ts';
import {
  countTasksOfPlan,
  findPlan,
  insertPlan,
  listPlanStates,
  loadPlanRecords,
  nextPlanNo,
  openPlanOfParcel,
  planHistory,
  updatePlan,
  type PlanRow,
} from './plan-repository.ts';
import type { PlanActionBody } from './plan-schema.ts';
import { situationOf, sourceFromCase, sourceFromLedger, type PlanSource } from './situation.ts';
import { determinedCaseOfParcel, findPlanParcel, type PlanParcel } from './source-repository.ts';
import { planSummaryView, planView } from './views.ts';

/** Use cases of disposal plans (处置方案, 一地一策). */

export async function getPlan(uc: DisposalUseCase, id: string) {
  const record = (await loadPlanRecords(uc.db, uc.actor.scope, [id], uc.today))[0];
  if (!record) throw notFound('处置方案');
  const measures = await measuresOfPlans(uc.db, [record.jurisdictionCode], [id]);
  return planView(
    record,
    {
      measures,
      measureViews: await measureViews(uc.db, record.jurisdictionCode, measures),
      taskCount: await countTasksOfPlan(uc.db, record.jurisdictionCode, id),
      history: await planHistory(uc.db, record.jurisdictionCode, id),
    },
    uc.today,
  );
}

export async function listPlans(uc: DisposalUseCase, q: { status?: PlanRow['status']; zoneId?: string; stage?: string; q?: string; page: number; pageSize: number }) {
  const states = await listPlanStates(uc.db, uc.actor.scope, q);
  // the stage is the domain's reading of the plan and its measures, so it is filtered here
  const stageOf = (s: (typeof states)[number]) => planStage({ status: s.status, measures: s.measureStatuses.map((status) => ({ status })) });
  const matching = q.stage ? states.filter((s) => stageOf(s) === q.stage) : states;
  const ids = matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((s) => s.id);
  const records = await loadPlanRecords(uc.db, uc.actor.scope, ids, uc.today);
  const measures = await measuresOfPlans(uc.db, uc.actor.scope.codes, ids);
  return {
    total: matching.length,
    items: records.map((r) => planSummaryView(r, measures.filter((m) => m.planId === r.id), uc.today)),
  };
}

/**
 * Where a plan for the parcel comes from: the case named, else the parcel's determined
 * open case, else the ledger (the latest identification run's classes).
 */
async function sourceFor(db: Queryable, uc: DisposalUseCase, parcel: PlanParcel, caseId: string | undefined): Promise<PlanSource> {
  const determined = caseId ?? (await determinedCaseOfParcel(db, parcel.jurisdictionCode, parcel.id, determinedOpenStates));
  return determined ? sourceFromCase(db, uc.actor.scope, parcel, determined) : sourceFromLedger(db, parcel);
}

async function requireParcel(db: Queryable, uc: DisposalUseCase, parcelId: string): Promise<PlanParcel> {
  const parcel = await findPlanParcel(db, uc.actor.scope, parcelId);
  if (!parcel) throw notFound('地块');
  return parcel;
}

/** The catalogue judged for the parcel: the situation of its open plan, or of the plan it would get. */
export async function methodsForParcel(uc: DisposalUseCase, q: { parcelId: string; caseId?: string }) {
  const parcel = await requireParcel(uc.db, uc, q.parcelId);
  const open = await openPlanOfParcel(uc.db, parcel.jurisdictionCode, parcel.id);
  const source: PlanSource = open ? (await findPlan(uc.db, uc.actor.scope, open.id))! : await sourceFor(uc.db, uc, parcel, q.caseId);
  const judged = methodsFor(situationOf(source));
  // applicable first, each group in catalogue order
  const ordered = [...judged.filter((j) => j.applicable), ...judged.filter((j) => !j.applicable)];
  return {
    source: source.source,
    caseId: source.caseId,
    situation: { category: source.category, idleCause: source.idleCause, wpClass: source.wpClass, seed: source.seed },
    items: ordered.map(({ method: m, applicable, whyZh }) => ({
      code: m.code,
      nameZh: m.nameZh,
      appliesToZh: m.appliesToZh,
      fields: m.fields,
      agreementTypes: m.agreementTypes ?? null,
      // the dates the method sets, so the form asks for those (D-N03: the temporary-use period)
      deadlineFields: m.deadlineFields ?? null,
      agreementParties: m.agreementParties ?? null,
      evidenceKind: m.evidenceKind,
      evidenceZh: evidenceKindLabels[m.evidenceKind],
      wordingZh: m.wordingZh,
      sourceZh: m.sourceZh,
      applicable,
      whyZh,
    })),
  };
}

function duplicate(parcel: PlanParcel, open: { id: string; planNo: string }): Problem {
  return new Problem('DUPLICATE', `地块${parcel.code}已有未结案的处置方案${open.planNo}（一地一策），该方案结案后方可另行制定`, { planId: open.id });
}

interface PlanFields {
  causeAnalysisZh: string;
  responsibleUnitId: string;
  leaderPositionId: string;
  taskForceBodyId?: string | null;
  deadline: string;
}

async function requirePlanRefs(tx: Queryable, jurisdictionCode: string, input: PlanFields): Promise<void> {
  await requireUnit(tx, jurisdictionCode, input.responsibleUnitId, 'responsibleUnitId');
  await requirePosition(tx, jurisdictionCode, input.leaderPositionId, 'leaderPositionId', '包保领导席位');
  if (input.taskForceBodyId) await requireTaskForce(tx, jurisdictionCode, input.taskForceBodyId, 'taskForceBodyId');
}

export async function createPlan(uc: DisposalUseCase, input: PlanFields & { parcelId: string; caseId?: string; measures: MeasureInput[] }) {
  const id = randomUUID();
  try {
    await uc.db.transaction(async (tx) => {
      const parcel = await requireParcel(tx, uc, input.parcelId);
      const open = await openPlanOfParcel(tx, parcel.jurisdictionCode, parcel.id);
      if (open) throw duplicate(parcel, open);
      const source = await sourceFor(tx, uc, parcel, input.caseId);
      await requirePlanRefs(tx, parcel.jurisdictionCode, input);
      const plan: PlanRow = {
        jurisdictionCode: parcel.jurisdictionCode,
        id,
        planNo: await nextPlanNo(tx, parcel.jurisdictionCode, Number(uc.today.slice(0, 4))),
        parcelId: parcel.id,
        ...source,
        causeAnalysisZh: input.causeAnalysisZh,
        responsibleUnitId: input.responsibleUnitId,
        leaderPositionId: input.leaderPositionId,
        taskForceBodyId: input.taskForceBodyId ?? null,
        deadline: input.deadline,
        status: 'DRAFT',
        returnedReason: null,
        submittedOn: null,
        approval: null,
        closedOn: null,
        version: 1,
      };
      await insertPlan(tx, plan, uc.actor.userId);
      for (const [i, m] of input.measures.entries()) await insertNewMeasure(tx, uc, plan, m, `measures.${i}.`);
      const { version: _v, status: _s, returnedReason: _r, submittedOn: _so, approval: _a, closedOn: _c, ...after } = plan;
      await audit(tx, uc, { jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_plan', entityId: id, entityVersion: 1, action: 'CREATE', before: null, after: { ...after, parcelCode: parcel.code } });
    });
  } catch (err) {
    // two plans for one parcel at the same moment: the partial unique index lets one through
    if (!isUniqueViolation(err, 'disposal_plans_open_parcel')) throw err;
    const parcel = (await findPlanParcel(uc.db, uc.actor.scope, input.parcelId))!;
    throw duplicate(parcel, (await openPlanOfParcel(uc.db, parcel.jurisdictionCode, parcel.id))!);
  }
  return getPlan(uc, id);
}

const editable = (p: PlanRow) => ({
  causeAnalysisZh: p.causeAnalysisZh,
  responsibleUnitId: p.responsibleUnitId,
  leaderPositionId: p.leaderPositionId,
  taskForceBodyId: p.taskForceBodyId,
  deadline: p.deadline,
});

export async function updatePlanOf(uc: DisposalUseCase, id: string, input: PlanFields & { version: number }) {
  await uc.db.transaction(async (tx) => {
    const before = await findPlan(tx, uc.actor.scope, id, { lock: true });
    if (!before) throw notFound('处置方案');
    checkVersion('处置方案', before.version, input.version);
    if (before.status !== 'DRAFT') throw refused('只有编制中的处置方案可以修改；报批中的方案请审批人退回修改后再改', 'PLAN_NOT_DRAFT');
    await requirePlanRefs(tx, before.jurisdictionCode, input);
    const after: PlanRow = { ...before, ...input, taskForceBodyId: input.taskForceBodyId ?? null, version: before.version + 1 };
    await updatePlan(tx, after);
    await audit(tx, uc, {
      jurisdictionCode: before.jurisdictionCode, entityType: 'disposal_plan', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: editable(before), after: editable(after),
    });
  });
  return getPlan(uc, id);
}

/** 报批 and 结案 are casework; 批准 and 退回修改 are the approver's (D3). */
const permissionOf = { submit: 'disposal:write', close: 'disposal:write', approve: 'disposal:approve', return: 'disposal:approve' } as const;

function domainPlanAction(body: PlanActionBody): PlanActionInput {
  switch (body.action) {
    case 'approve':
      return {
        action: 'approve', decidedOn: body.decidedOn, bodyName: body.bodyName,
        ...(body.docNo ? { docNo: body.docNo } : {}), ...(body.opinionZh ? { opinionZh: body.opinionZh } : {}),
      };
    case 'return':
      return { action: 'return', reasonZh: body.reasonZh };
    case 'submit':
    case 'close':
      return { action: body.action };
  }
}

export async function actOnPlan(uc: DisposalUseCase, id: string, body: PlanActionBody) {
  requirePermission(uc.actor, permissionOf[body.action]);
  await uc.db.transaction(async (tx) => {
    const plan = await findPlan(tx, uc.actor.scope, id, { lock: true });
    if (!plan) throw notFound('处置方案');
    if (body.version !== undefined) checkVersion('处置方案', plan.version, body.version);
    const measures = await measuresOfPlans(tx, [plan.jurisdictionCode], [id]);
    const view: PlanView = {
      status: plan.status,
      responsibleUnitId: plan.responsibleUnitId,
      leaderPositionId: plan.leaderPositionId,
      deadline: plan.deadline,
      measures,
      submittedOn: plan.submittedOn,
      approval: plan.approval,
      returnedReasonZh: plan.returnedReason,
      closedOn: plan.closedOn,
    };
    const action = domainPlanAction(body);
    const result = stepPlan(view, action, uc.today);
    if (!result.ok) throw refused(result.messageZh, result.code);
    const { patch } = result;
    const after: PlanRow = {
      ...plan,
      status: patch.status ?? plan.status,
      submittedOn: patch.submittedOn !== undefined ? patch.submittedOn : plan.submittedOn,
      approval: patch.approval !== undefined ? patch.approval : plan.approval,
      returnedReason: patch.returnedReasonZh !== undefined ? patch.returnedReasonZh : plan.returnedReason,
      closedOn: patch.closedOn !== undefined ? patch.closedOn : plan.closedOn,
      version: plan.version + 1,
    };
    await updatePlan(tx, after);
    const { action: name, ...input } = action;
    await audit(tx, uc, {
      jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_plan', entityId: id, entityVersion: after.version,
      action: name === 'close' ? 'CLOSE' : 'UPDATE', before: { status: plan.status }, after: { action: name, ...input, status: after.status, ...patch },
    });
  });
  return getPlan(uc, id);
}
