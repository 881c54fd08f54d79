import { addDays, disposalMethod, type IsoDate } from '@panhuo/domain';
import type { Actor } from '../auth/actor.ts';
import type { Database, Queryable } from '../db/database.ts';
import { Problem } from '../http/problems.ts';
import type { DisposalUseCase } from '../features/disposal/context.ts';
import { actOnMeasure } from '../features/disposal/measure-service.ts';
import { actOnPlan, createPlan, methodsForParcel } from '../features/disposal/plan-service.ts';
import { createReport, createTasks } from '../features/disposal/task-service.ts';
import { readSettings } from '../config/settings.ts';
import { todayOf } from '../features/cases/context.ts';
import { loadDemoCampaign } from './campaign.ts';
import { demoActor } from './cases.ts';
import { COUNTY_CODE } from './county.ts';
import { demoOrgId } from './organisation-load.ts';

/**
 * The demo county's live campaign: disposal plans (一地一策) for parcels the Wuping run
 * flagged, taken through the same services a user calls — six revitalised across the
 * campaign's quarters (one partly), three under way with weekly tasks (one late, two on
 * time), one escalated after a broken agreement, one awaiting approval. Dates of results
 * are fixed in the campaign's quarters; task dates follow the day the demo is loaded, so
 * the dispatch pages show this week's work. All fictional.
 */

type Outcome = { kind: 'REVITALISED'; on: IsoDate; share?: number } | { kind: 'UNDER_WAY'; late: boolean } | { kind: 'ESCALATED'; on: IsoDate } | { kind: 'SUBMITTED' };

interface Scenario {
  unit: string;
  leader: string;
  taskForce: string;
  staff: string;
  prefer: string[];
  cause: string;
  outcome: Outcome;
}

const scenarios: Scenario[] = [
  { unit: 'htz', leader: 'gov.vice1', taskForce: 'tf.contract', staff: 'htz.staff4', prefer: ['D-WP05', 'D-WP06', 'D-WP10'], cause: '企业主营产品市场萎缩，产出效益未达投资协议约定。', outcome: { kind: 'REVITALISED', on: '2026-05-20' } },
  { unit: 'nr', leader: 'gov.vice2', taskForce: 'tf.reserve', staff: 'nr.head', prefer: ['D-WP03', 'D-WP11', 'D-WP07'], cause: '企业资金链断裂，无力继续开发，申请政府收储。', outcome: { kind: 'REVITALISED', on: '2026-06-18' } },
  { unit: 'com', leader: 'gov.vice3', taskForce: 'tf.contract', staff: 'com.head', prefer: ['D-WP09', 'D-WP10', 'D-WP06'], cause: '原项目停产，引进同类企业“腾笼换鸟”。', outcome: { kind: 'REVITALISED', on: '2026-08-12' } },
  { unit: 'htz', leader: 'gov.vice1', taskForce: 'tf.coordination', staff: 'htz.staff3', prefer: ['D-WP07', 'D-WP05'], cause: '用地面积过大，部分土地长期空置。', outcome: { kind: 'REVITALISED', on: '2026-09-25', share: 0.5 } },
  { unit: 'nr', leader: 'gov.vice2', taskForce: 'tf.reserve', staff: 'nr.head', prefer: ['D-WP11', 'D-WP03', 'D-N04'], cause: '产业政策调整，原项目无法实施。', outcome: { kind: 'REVITALISED', on: '2026-10-30' } },
  { unit: 'com', leader: 'gov.vice4', taskForce: 'tf.contract', staff: 'com.head', prefer: ['D-WP06', 'D-WP05', 'D-WP02'], cause: '企业经营困难，拟引进战略投资者增资扩股。', outcome: { kind: 'REVITALISED', on: '2026-11-16' } },
  { unit: 'htz', leader: 'party.standing', taskForce: 'tf.coordination', staff: 'htz.staff4', prefer: ['D-WP08', 'D-WP05', 'D-WP06'], cause: '亩均税收偏低，需签订提质增效协议。', outcome: { kind: 'UNDER_WAY', late: true } },
  { unit: 'com', leader: 'gov.vice3', taskForce: 'tf.contract', staff: 'com.head', prefer: ['D-WP10', 'D-WP09', 'D-WP02'], cause: '企业有意转让，商务局协助寻找受让方。', outcome: { kind: 'UNDER_WAY', late: false } },
  { unit: 'htz', leader: 'gov.vice1', taskForce: 'tf.coordination', staff: 'htz.staff3', prefer: ['D-WP05', 'D-WP12', 'D-WP06'], cause: '厂房闲置，拟拟定再开发方案。', outcome: { kind: 'UNDER_WAY', late: false } },
  { unit: 'nr', leader: 'gov.vice2', taskForce: 'tf.legal', staff: 'nr.head', prefer: ['D-WP01', 'D-N09', 'D-YN05'], cause: '约定竣工期限已过，企业未按期完成建设。', outcome: { kind: 'ESCALATED', on: '2026-11-10' } },
  { unit: 'htz', leader: 'gov.vice4', taskForce: 'tf.coordination', staff: 'htz.staff4', prefer: ['D-WP05', 'D-WP06'], cause: '企业产出不达标，拟提升发展。', outcome: { kind: 'SUBMITTED' } },
];

class Skip extends Error {}

const id = (key: string) => demoOrgId(COUNTY_CODE, key);

function within(tx: Queryable, db: Database, actor: Actor, today: IsoDate): DisposalUseCase {
  const inTx: Database = { kind: db.kind, query: tx.query.bind(tx), exec: tx.exec.bind(tx), transaction: (fn) => fn(tx), close: () => Promise.resolve() };
  return { db: inTx, actor, requestId: 'demo', today };
}

const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

async function planFor(db: Database, actor: Actor, today: IsoDate, parcelId: string, s: Scenario): Promise<void> {
  await db.transaction(async (tx) => {
    const at = (day: IsoDate) => within(tx, db, actor, earlier(day, today));
    const result = s.outcome.kind === 'REVITALISED' || s.outcome.kind === 'ESCALATED' ? s.outcome.on : addDays(today, -5);
    const opened = addDays(result, -60);
    const methods = await methodsForParcel(at(opened), { parcelId });
    const applicable = methods.items.filter((m) => m.applicable).map((m) => m.code);
    const code = s.prefer.find((c) => applicable.includes(c)) ?? applicable[0];
    if (!code) throw new Skip();
    const plan = await createPlan(at(opened), {
      parcelId,
      causeAnalysisZh: s.cause,
      responsibleUnitId: id(`unit:${s.unit}`),
      leaderPositionId: id(`position:${s.leader}`),
      taskForceBodyId: id(s.taskForce),
      deadline: '2027-06-30',
      measures: [{ methodCode: code, deadline: '2027-03-31' }],
    });
    await actOnPlan(at(opened), plan.id, { action: 'submit' });
    if (s.outcome.kind === 'SUBMITTED') return;
    const approvedOn = addDays(opened, 7);
    await actOnPlan(at(approvedOn), plan.id, { action: 'approve', decidedOn: approvedOn, bodyName: '青岚县低效工业用地盘活攻坚行动指挥部', opinionZh: '同意该处置方案，请责任单位抓紧实施。' });

    const measureId = plan.measures[0]!.id;
    const method = disposalMethod(code)!;
    const step = (day: IsoDate, body: Parameters<typeof actOnMeasure>[2]) => actOnMeasure(at(day), measureId, body);
    const signedOn = addDays(approvedOn, 10);
    if (method.agreementTypes?.length) {
      const parties = method.agreementParties ?? ['青岚高新区管委会', '土地使用权人'];
      await step(signedOn, { action: 'signAgreement', on: signedOn, agreement: { type: method.agreementTypes[0]!, signedAt: signedOn, parties: [...parties] } });
    }
    await step(addDays(signedOn, 1), { action: 'startExecution', on: addDays(signedOn, 1) });

    if (s.outcome.kind === 'REVITALISED') {
      const area = Math.round(plan.parcel.area_m2 * (s.outcome.share ?? 1) * 100) / 100;
      await step(s.outcome.on, { action: 'revitalise', on: s.outcome.on, area_m2: area, evidence: { kind: method.evidenceKind, on: s.outcome.on, referenceZh: `闽(2026)青岚县不动产权第00${String(plan.planNo).slice(-3)}号` } });
      const closedOn = addDays(s.outcome.on, 3);
      await actOnPlan(at(closedOn), plan.id, { action: 'close' });
      return;
    }
    if (s.outcome.kind === 'ESCALATED') {
      await step(s.outcome.on, { action: 'escalate', on: s.outcome.on, reasonZh: '协议约定期限届满，经履约检查，企业仍未动工建设。' });
      return;
    }
    // under way: weekly tasks around the day the demo is loaded, the earlier ones reported done
    const tasks = await createTasks(at(today), plan.id, { weekly: { titleZh: `推进${method.nameZh}`, firstDueOn: addDays(today, -14), weeks: 4 }, positionId: id(`position:${s.staff}`) } as Parameters<typeof createTasks>[2]);
    for (const [i, t] of tasks.entries()) {
      if (t.dueOn >= today) {
        // this week's progress on the task due next, so the weekly sheet has something to discuss
        if (i > 0) await createReport(at(addDays(today, -1)), t.id, { reportedOn: addDays(today, -1), progressZh: '已召开现场协调会，企业已提交整改计划。', nextStepsZh: '督促企业按计划落实', done: false });
        break;
      }
      const done = !(s.outcome.late && i === tasks.length - 3);
      if (!done) {
        await createReport(at(addDays(t.dueOn, -2)), t.id, { reportedOn: addDays(t.dueOn, -2), progressZh: '已与企业协商两次，企业对补偿方案仍有异议。', problemsZh: '企业诉求与评估价差距较大', nextStepsZh: '提请指挥部协调', done: false });
        continue;
      }
      await createReport(at(t.dueOn), t.id, { reportedOn: t.dueOn, progressZh: '按计划完成本周工作，已形成会议纪要。', done: true });
    }
  });
}

/**
 * Loads the campaign (targets) and its plans after the demo cases, on the parcels the
 * county's latest Wuping run flagged; answers how many plans were made.
 */
export async function loadDemoCampaignAndPlans(db: Database): Promise<number> {
  const actor = await demoActor(db);
  if (!actor) return 0;
  await db.transaction((tx) => loadDemoCampaign(tx));
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM identification_runs WHERE jurisdiction_code = $1 AND rule_set_id = 'wuping-2023' AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1`,
    [COUNTY_CODE],
  );
  return rows[0] ? loadDemoDisposal(db, actor, todayOf(readSettings()), rows[0].id) : 0;
}

/** The demo campaign's plans; parcels whose plan a step refused are skipped. */
async function loadDemoDisposal(db: Database, actor: Actor, today: IsoDate, runId: string): Promise<number> {
  const { rows } = await db.query<{ parcelId: string }>(
    `SELECT r.parcel_id AS "parcelId" FROM identification_results r
      WHERE r.jurisdiction_code = $1 AND r.run_id = $2 AND cardinality(r.classes) > 0
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.jurisdiction_code = r.jurisdiction_code AND c.parcel_id = r.parcel_id)
      -- the parks in turn, so every war zone has work to show
      ORDER BY row_number() OVER (PARTITION BY r.zone_id ORDER BY r.parcel_code), r.parcel_code`,
    [COUNTY_CODE, runId],
  );
  let made = 0;
  let next = 0;
  for (const s of scenarios) {
    while (next < rows.length) {
      const parcelId = rows[next++]!.parcelId;
      try {
        await planFor(db, actor, today, parcelId, s);
        made += 1;
        break;
      } catch (err) {
        // a parcel whose plan a rule refuses is left for a person; the start-up goes on
        if (!(err instanceof Skip) && !(err instanceof Problem)) throw err;
      }
    }
  }
  return made;
}
