import { randomUUID } from 'node:crypto';
import {
  disposalMethod,
  isTerminalMeasureStatus,
  methodsFor,
  stepMeasure,
  validateMeasureData,
  type DisposalMethod,
  type Escalation,
  type MeasureAction,
  type MeasureData,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import { audit, checkVersion, invalid, notFound, refused, type DisposalUseCase } from './context.ts';
import { requireCitable } from './file-service.ts';
import { fileNames } from './file-repository.ts';
import {
  eventsOfMeasures,
  findMeasure,
  insertBlacklistEntry,
  insertMeasure,
  insertMeasureEvent,
  listBlacklist,
  nextOrdinal,
  updateMeasure,
  type MeasureRow,
} from './measure-repository.ts';
import type { MeasureActionInput, MeasureInput } from './measure-schema.ts';
import { requirePosition, requireUnit } from './org-refs.ts';
import { findPlan, loadPlanRecords, type PlanRow } from './plan-repository.ts';
import { situationOf } from './situation.ts';
import { blacklistView, measureView } from './views.ts';

/** Use cases of measures (处置措施): add and edit them, and take their steps (stepMeasure). */

const dataFields = ['counterparty', 'agreement', 'valuation', 'areaSplit', 'fee', 'newDeadlines', 'approvals', 'notesZh'] as const;

function dataOf(input: MeasureInput): MeasureData {
  const data: Record<string, unknown> = {};
  for (const f of dataFields) if (input[f] !== undefined) data[f] = input[f];
  return data as MeasureData;
}

/** The catalogue entry of a code, if it fits the plan's parcel; else the refusal names the method and why. */
function applicableMethod(plan: Pick<PlanRow, 'category' | 'idleCause' | 'wpClass' | 'seed'>, code: string, path: string): DisposalMethod {
  const judged = methodsFor(situationOf(plan)).find((x) => x.method.code === code);
  if (!judged) throw invalid(`${path}methodCode`, `处置方式代码“${code}”不在处置方式目录中`);
  if (!judged.applicable) {
    const message = `处置方式“${judged.method.nameZh}”（${code}）不适用于该地块：${judged.whyZh}`;
    throw new Problem('ACTION_REFUSED', message, { refusalCode: 'METHOD_NOT_APPLICABLE', errors: [{ path: `${path}methodCode`, message }] });
  }
  return judged.method;
}

function requireValidData(method: DisposalMethod, data: MeasureData, path: string): void {
  const problems = validateMeasureData(method, data);
  if (problems.length === 0) return;
  const errors = problems.map((p) => ({ path: `${path}${p.path}`, message: p.messageZh }));
  throw new Problem('VALIDATION_FAILED', errors.map((e) => `${e.path}：${e.message}`).join('；'), { errors });
}

const legalBasisOf = (method: DisposalMethod) => `${method.wordingZh}（${method.sourceZh}）`;

async function requireMeasureRefs(tx: Queryable, jurisdictionCode: string, input: Pick<MeasureInput, 'responsibleUnitId' | 'responsiblePositionId'>, path: string) {
  if (input.responsibleUnitId) await requireUnit(tx, jurisdictionCode, input.responsibleUnitId, `${path}responsibleUnitId`);
  if (input.responsiblePositionId) await requirePosition(tx, jurisdictionCode, input.responsiblePositionId, `${path}responsiblePositionId`, '责任席位');
}

/**
 * Adds a measure to a plan, PLANNED, with the method's wording as its legal basis. `path`
 * prefixes the fields named in refusals (`measures.0.` when the plan is made with it).
 */
export async function insertNewMeasure(
  tx: Queryable,
  uc: DisposalUseCase,
  plan: PlanRow,
  input: MeasureInput,
  path: string,
  followUpOf?: { measureId: string; escalation: Escalation },
): Promise<string> {
  const method = followUpOf ? disposalMethod(input.methodCode)! : applicableMethod(plan, input.methodCode, path);
  const data = dataOf(input);
  if (!followUpOf) requireValidData(method, data, path);
  await requireMeasureRefs(tx, plan.jurisdictionCode, input, path);
  const row: Omit<MeasureRow, 'version'> = {
    jurisdictionCode: plan.jurisdictionCode,
    id: randomUUID(),
    planId: plan.id,
    ordinal: await nextOrdinal(tx, plan.jurisdictionCode, plan.id),
    methodCode: method.code,
    status: 'PLANNED',
    statusSince: uc.today,
    deadline: input.deadline ?? null,
    responsibleUnitId: input.responsibleUnitId ?? null,
    responsiblePositionId: input.responsiblePositionId ?? null,
    data,
    legalBasis: legalBasisOf(method),
    escalatedFromId: followUpOf?.measureId ?? null,
  };
  await insertMeasure(tx, row, uc.actor.userId);
  const detail = followUpOf ? { escalatedFromId: followUpOf.measureId, basisZh: followUpOf.escalation.basisZh, sourceZh: followUpOf.escalation.sourceZh } : {};
  await insertMeasureEvent(tx, plan.jurisdictionCode, {
    id: randomUUID(), measureId: row.id, action: 'create', onDate: uc.today, fromStatus: null, toStatus: 'PLANNED', detail,
    actorId: uc.actor.userId, actorName: uc.actor.displayName,
  });
  await audit(tx, uc, {
    jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_measure', entityId: row.id, entityVersion: 1, action: 'CREATE', before: null,
    after: { planId: plan.id, planNo: plan.planNo, ordinal: row.ordinal, methodCode: row.methodCode, deadline: row.deadline, data, ...detail },
  });
  return row.id;
}

/** The measures as answered, with their step history and the names of the files they cite. */
export async function measureViews(db: Queryable, jurisdictionCode: string, rows: MeasureRow[]) {
  const events = await eventsOfMeasures(db, jurisdictionCode, rows.map((m) => m.id));
  const names = await fileNames(db, rows.flatMap((m) => m.evidence?.fileIds ?? []));
  return rows.map((m) => measureView(m, events, names));
}

async function measureViewOf(uc: DisposalUseCase, id: string) {
  const m = await findMeasure(uc.db, uc.actor.scope, id);
  if (!m) throw notFound('处置措施');
  return (await measureViews(uc.db, m.jurisdictionCode, [m]))[0]!;
}

export async function addMeasure(uc: DisposalUseCase, planId: string, input: MeasureInput) {
  const id = await uc.db.transaction(async (tx) => {
    const plan = await findPlan(tx, uc.actor.scope, planId, { lock: true });
    if (!plan) throw notFound('处置方案');
    if (plan.status !== 'DRAFT') throw refused('只有编制中的处置方案可以增加措施；报批中的方案请审批人退回修改后再增加', 'PLAN_NOT_DRAFT');
    return insertNewMeasure(tx, uc, plan, input, '');
  });
  return measureViewOf(uc, id);
}

export async function updateMeasureOf(uc: DisposalUseCase, id: string, input: MeasureInput & { version: number }) {
  await uc.db.transaction(async (tx) => {
    const found = await findMeasure(tx, uc.actor.scope, id);
    if (!found) throw notFound('处置措施');
    const plan = (await findPlan(tx, uc.actor.scope, found.planId, { lock: true }))!;
    const before = (await findMeasure(tx, uc.actor.scope, id, { lock: true }))!;
    checkVersion('处置措施', before.version, input.version);
    if (isTerminalMeasureStatus(before.status)) {
      throw refused(`本措施已于${before.statusSince}办结，不能再修改`, 'ALREADY_CONCLUDED');
    }
    const changesMethod = input.methodCode !== before.methodCode;
    if (changesMethod && (plan.status !== 'DRAFT' || before.status !== 'PLANNED')) {
      throw refused('处置方式只能在方案编制中、措施尚未开始时更换；如需改用其他方式，请撤销本措施', 'METHOD_FIXED');
    }
    const method = changesMethod ? applicableMethod(plan, input.methodCode, '') : disposalMethod(before.methodCode)!;
    const data = dataOf(input);
    requireValidData(method, data, '');
    await requireMeasureRefs(tx, plan.jurisdictionCode, input, '');
    const after: MeasureRow = {
      ...before,
      methodCode: method.code,
      legalBasis: changesMethod ? legalBasisOf(method) : before.legalBasis,
      deadline: input.deadline ?? null,
      responsibleUnitId: input.responsibleUnitId ?? null,
      responsiblePositionId: input.responsiblePositionId ?? null,
      data,
      version: before.version + 1,
    };
    await updateMeasure(tx, after);
    const fields = (m: MeasureRow) => ({ methodCode: m.methodCode, deadline: m.deadline, responsibleUnitId: m.responsibleUnitId, responsiblePositionId: m.responsiblePositionId, data: m.data });
    await audit(tx, uc, {
      jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_measure', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: fields(before), after: fields(after),
    });
  });
  return measureViewOf(uc, id);
}

/** The domain's action from the request: without the version, the files of a revitalisation in its evidence. */
function domainAction(body: MeasureActionInput, fileIds: string[]): MeasureAction {
  const { version: _version, ...rest } = body;
  if (rest.action !== 'revitalise') return rest;
  const { fileIds: _files, ...revitalise } = rest;
  return { ...revitalise, evidence: { ...revitalise.evidence, fileIds } };
}

/**
 * Takes one step of a measure (stepMeasure with the plan's state and approval date and the
 * parcel's area). An escalation is one transaction: the measure ESCALATED, the seed's
 * follow-up measure in the same plan (D-WP01 → D-WP04, D-YN05 → D-YN02) and, for D-YN05,
 * the plan's enterprise on the credit blacklist.
 */
export async function actOnMeasure(uc: DisposalUseCase, id: string, body: MeasureActionInput) {
  const out = await uc.db.transaction(async (tx) => {
    const found = await findMeasure(tx, uc.actor.scope, id);
    if (!found) throw notFound('处置措施');
    // the plan first, then the measure: every writer of a plan's measures locks in this order
    const plan = (await findPlan(tx, uc.actor.scope, found.planId, { lock: true }))!;
    const m = (await findMeasure(tx, uc.actor.scope, id, { lock: true }))!;
    if (body.version !== undefined) checkVersion('处置措施', m.version, body.version);
    const record = (await loadPlanRecords(tx, uc.actor.scope, [plan.id], uc.today))[0]!;

    let fileIds: string[] = [];
    if (body.action === 'revitalise') {
      fileIds = [...(body.evidence.fileIds ?? []), ...(body.fileIds ?? [])];
      fileIds = fileIds.length ? await requireCitable(tx, uc.actor.scope.codes, fileIds, body.fileIds?.length ? 'fileIds' : 'evidence.fileIds') : [];
    }
    const action = domainAction(body, fileIds);
    const result = stepMeasure(m, action, {
      today: uc.today,
      planStatus: plan.status,
      ...(plan.approval ? { planApprovedOn: plan.approval.decidedOn } : {}),
      parcelArea_m2: record.parcelArea_m2,
    });
    if (!result.ok) throw refused(result.messageZh, result.code);

    const after: MeasureRow = { ...m, ...result.measure, version: m.version + 1 };
    await updateMeasure(tx, after);
    const { action: name, on, ...detail } = action;
    await insertMeasureEvent(tx, plan.jurisdictionCode, {
      id: randomUUID(), measureId: id, action: name, onDate: on, fromStatus: m.status, toStatus: after.status, detail,
      actorId: uc.actor.userId, actorName: uc.actor.displayName,
    });
    await audit(tx, uc, {
      jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_measure', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: { status: m.status }, after: { action: name, on, status: after.status, ...detail },
    });

    let followUpId: string | undefined;
    let blacklistId: string | undefined;
    if (result.escalation) {
      const escalation = result.escalation;
      if (escalation.followUpMethod) {
        const notes = escalation.followUpNotesZh ? { notesZh: escalation.followUpNotesZh } : {};
        followUpId = await insertNewMeasure(tx, uc, plan, { methodCode: escalation.followUpMethod, ...notes }, '', { measureId: id, escalation });
      }
      if (escalation.kind === 'CREDIT_BLACKLIST') blacklistId = await blacklist(tx, uc, plan, record.enterpriseId, record.parcelCode, id, on, escalation);
    }
    return { jurisdictionCode: plan.jurisdictionCode, followUpId, blacklistId };
  });
  const measure = await measureViewOf(uc, id);
  const followUp = out.followUpId ? await measureViewOf(uc, out.followUpId) : undefined;
  const entry = out.blacklistId ? (await listBlacklist(uc.db, uc.actor.scope, out.blacklistId))[0] : undefined;
  return { measure, ...(followUp ? { followUp } : {}), ...(entry ? { blacklistEntry: blacklistView(entry) } : {}) };
}

async function blacklist(
  tx: Queryable,
  uc: DisposalUseCase,
  plan: PlanRow,
  enterpriseId: string | null,
  parcelCode: string,
  measureId: string,
  on: string,
  escalation: Escalation,
): Promise<string> {
  if (!enterpriseId) {
    throw refused(`地块${parcelCode}在台账中未登记土地使用权人（企业），无法列入信用黑名单；请先补充企业信息后再升级处置`, 'NO_ENTERPRISE');
  }
  const entry = { id: randomUUID(), enterpriseId, listedOn: on, basisZh: escalation.basisZh, sourceZh: escalation.sourceZh, planId: plan.id, measureId };
  await insertBlacklistEntry(tx, plan.jurisdictionCode, entry);
  await audit(tx, uc, { jurisdictionCode: plan.jurisdictionCode, entityType: 'credit_blacklist', entityId: entry.id, entityVersion: 1, action: 'CREATE', before: null, after: entry });
  return entry.id;
}

export async function listBlacklistOf(uc: DisposalUseCase) {
  return (await listBlacklist(uc.db, uc.actor.scope)).map(blacklistView);
}
