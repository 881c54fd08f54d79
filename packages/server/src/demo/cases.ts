import { pendingFacts, type ActionId, type CaseProfileId, type DocumentKind, type IsoDate } from '@panhuo/domain';
import type { Database, Queryable } from '../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { Problem } from '../http/problems.ts';
import { createUnit } from '../features/documents/issuing-unit-service.ts';
import { generateDraft, issueDocument } from '../features/documents/service.ts';
import { ensureBuiltInRuleSets } from '../features/identification/rule-set-repository.ts';
import { executeRun } from '../features/identification/run-service.ts';
import { todayOf, type CaseUseCase } from '../features/cases/context.ts';
import { readSettings } from '../config/settings.ts';
import { openCasesFromResults } from '../features/cases/open-service.ts';
import { performAction } from '../features/cases/action-service.ts';
import { findCase } from '../features/cases/repository.ts';
import { COUNTY_CODE, COUNTY_NAME, DEMO_AS_OF } from './county.ts';
import { buildDemo } from './build.ts';

/**
 * Cases of the demo county so that the procedure's pages are not empty on the first start:
 * the county's own identification runs (Order 53, then Wuping, so the identification pages
 * still open on Wuping), then cases opened from their hits and taken through the same
 * services a user calls — a Jingde inefficient case awaiting 审定, one in its objection
 * window, a national idle case under investigation and a fresh one. All fictional.
 */

const ISSUERS = [
  { code: '青自然资闲', name: `${COUNTY_NAME}自然资源局` },
  { code: '青盘活办', name: `${COUNTY_NAME}闲置低效工业用地盘活处置工作领导小组办公室` },
];

/** A use case whose every "transaction" is the given one, so one demo case can be rolled back whole. */
function within(tx: Queryable, db: Database, actor: Actor, today: IsoDate): CaseUseCase {
  const inTx: Database = { kind: db.kind, query: tx.query.bind(tx), exec: tx.exec.bind(tx), transaction: (fn) => fn(tx), close: () => Promise.resolve() };
  return { db: inTx, actor, requestId: 'demo', today };
}

class Incomplete extends Error {}

interface DemoStep {
  action: ActionId;
  input?: Record<string, unknown>;
  /** the document the step serves: drafted, checked for missing facts, issued under this unit */
  serves?: { kind: DocumentKind; issuer: string };
}

/** Opens a case for the first candidate parcel whose documents need no missing fact, and takes its steps. */
async function demoCase(
  db: Database,
  actor: Actor,
  today: IsoDate,
  run: { id: string; profile: CaseProfileId },
  candidates: string[],
  stepsOf: (metCriteria: string[]) => DemoStep[],
): Promise<string | null> {
  for (const parcelCode of candidates) {
    try {
      return await db.transaction(async (tx) => {
        const uc = within(tx, db, actor, today);
        const { rows } = await tx.query<{ id: string }>('SELECT id FROM parcels WHERE jurisdiction_code = $1 AND code = $2', [COUNTY_CODE, parcelCode]);
        if (!rows[0]) throw new Incomplete();
        const { opened } = await openCasesFromResults(uc, { runId: run.id, parcelIds: [rows[0].id] });
        const caseId = opened[0]?.id;
        if (!caseId) throw new Incomplete();
        const c = await findCase(tx, actor.scope, caseId);
        // the run may flag the parcel in the other category, hence the other procedure
        if (c!.profileId !== run.profile) throw new Incomplete();
        for (const step of stepsOf(c!.origin.metCriteria ?? [])) {
          let input = step.input ?? {};
          if (step.serves) {
            const draft = await generateDraft(uc, caseId, step.serves.kind);
            // a parcel whose documents would need facts the ledger lacks is left for a person
            if (pendingFacts(draft.content).length) throw new Incomplete();
            const issued = await issueDocument(uc, draft.id, { issuerCode: step.serves.issuer });
            input = { ...input, documentId: issued.id, servedOn: today, serviceMethod: 'DIRECT' };
          }
          const current = await findCase(tx, actor.scope, caseId);
          await performAction(uc, caseId, { action: step.action, version: current!.version, input });
        }
        return caseId;
      });
    } catch (err) {
      // a refused step or a missing fact: try the next parcel; the demo must not stop the start-up
      if (!(err instanceof Incomplete) && !(err instanceof Problem)) throw err;
    }
  }
  return null;
}

/** The demo's steps are taken as the first admin, named 演示数据; null when there is none. */
export async function demoActor(db: Queryable): Promise<Actor | null> {
  const { rows: admins } = await db.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE role = 'ADMIN' AND active ORDER BY created_at LIMIT 1");
  if (!admins[0]) return null;
  return {
    userId: admins[0].id,
    username: admins[0].username,
    displayName: '演示数据',
    role: 'ADMIN',
    jurisdictionCode: COUNTY_CODE,
    zoneId: null,
    scope: { codes: [COUNTY_CODE], zoneId: null },
  };
}

/** Loads the demo cases; answers how many were opened (none when there is no admin to act as). */
export async function loadDemoCases(db: Database): Promise<number> {
  const actor = await demoActor(db);
  if (!actor) return 0;
  // the date the server's steps will use (PANHUO_TODAY when a demo or test fixes it)
  const today = todayOf(readSettings());
  const situations = buildDemo().situations;
  await ensureBuiltInRuleSets(db);
  const runs = await db.transaction(async (tx) => {
    const uc = within(tx, db, actor, today);
    for (const unit of ISSUERS) await createUnit(uc, { jurisdictionCode: COUNTY_CODE, ...unit, sealName: unit.name });
    const run = (ruleSetId: string) => executeRun(tx, { jurisdictionCode: COUNTY_CODE, ruleSetId, asOf: DEMO_AS_OF, trigger: 'MANUAL', actorName: '演示数据' });
    return { national: (await run('national-2012'))!, wuping: (await run('wuping-2023'))! };
  });

  const form = (met: string[]): DemoStep[] => [
    { action: 'startVerification' },
    { action: 'submitForm', input: { proposedCriteria: met, proposedDisposal: ['D-JD01', 'D-JD02'], opinion: '经实地核查，企业亩均税收连续两年未达标。' } },
  ];
  // the parcels a run flags, those the demo was built to show first; a parcel already in a case is skipped
  const flagged = async (runId: string, category: 'IDLE' | 'INEFFICIENT', first: string[]) => {
    const { rows } = await db.query<{ code: string }>(
      'SELECT parcel_code AS code FROM identification_results WHERE jurisdiction_code = $1 AND run_id = $2 AND primary_category = $3 ORDER BY parcel_code',
      [COUNTY_CODE, runId, category],
    );
    const codes = rows.map((r) => r.code);
    return [...first.filter((c) => codes.includes(c)), ...codes.filter((c) => !first.includes(c))].slice(0, 12);
  };
  const lowTax = await flagged(runs.wuping, 'INEFFICIENT', situations.LOW_TAX ?? []);
  const idle2y = await flagged(runs.national, 'IDLE', situations.IDLE_NOT_STARTED_2Y ?? []);
  const idle1y = await flagged(runs.national, 'IDLE', situations.IDLE_NOT_STARTED_1Y ?? []);
  const opened = [
    // 待领导小组审定
    await demoCase(db, actor, today, { id: runs.wuping, profile: 'JD-2022' }, lowTax, form),
    // 异议期内
    await demoCase(db, actor, today, { id: runs.wuping, profile: 'JD-2022' }, lowTax, (met) => [
      ...form(met),
      { action: 'groupReview', input: { outcome: 'CONFIRM', meeting: { heldOn: today } } },
      { action: 'notifyReviewResult', serves: { kind: 'JD_REVIEW_FEEDBACK', issuer: '青盘活办' } },
    ]),
    // 调查中（调查通知书已送达）
    await demoCase(db, actor, today, { id: runs.national, profile: 'NAT-IDLE-2012' }, idle2y, () => [{ action: 'serveInvestigationNotice', serves: { kind: 'INVESTIGATION_NOTICE', issuer: '青自然资闲' } }]),
    // 刚立案，待启动调查
    await demoCase(db, actor, today, { id: runs.national, profile: 'NAT-IDLE-2012' }, idle1y, () => []),
  ];
  return opened.filter((id) => id !== null).length;
}
