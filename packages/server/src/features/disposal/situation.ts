import { isDeterminedOpen, stateLabel, type CaseProfileId, type ParcelSituation, type SeedKey } from '@panhuo/domain';
import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';
import { findCase } from '../cases/repository.ts';
import { invalid, refused } from './context.ts';
import type { PlanRow } from './plan-repository.ts';
import { latestRunResult, ruleSetsOfJurisdiction, type PlanParcel } from './source-repository.ts';

/**
 * Where a plan comes from and the parcel's situation that decides which catalogue methods
 * apply (methodsFor): a case determined by its procedure (DETERMINED or a later open state),
 * or — where the scope is contractual (Wuping 「自查自纠」) — the ledger, for a parcel that
 * the jurisdiction's latest identification run put in one of its rule set's classes.
 */
export type PlanSource = Pick<PlanRow, 'source' | 'caseId' | 'category' | 'idleCause' | 'wpClass' | 'seed' | 'runId'>;

export function situationOf(p: Pick<PlanRow, 'category' | 'idleCause' | 'wpClass' | 'seed'>): ParcelSituation {
  return {
    category: p.category,
    ...(p.idleCause ? { idleCause: p.idleCause } : {}),
    ...(p.wpClass ? { wpClass: p.wpClass } : {}),
    ...(p.seed ? { seed: p.seed } : {}),
  };
}

// a rule set keeps its id across versions: the id names the seed document it implements
const seedPrefixes: ReadonlyArray<[string, SeedKey]> = [
  ['national-', 'national'], ['jingde-', 'JD'], ['wuping-', 'WP'], ['yongning-', 'YN'], ['qinzhou-', 'QZ'], ['shilong-', 'SL'],
];

export function seedOfRuleSet(ruleSetId: string): SeedKey | undefined {
  return seedPrefixes.find(([prefix]) => ruleSetId.startsWith(prefix))?.[1];
}

const seedOfProfile: Record<CaseProfileId, SeedKey> = { 'JD-2022': 'JD', 'NAT-IDLE-2012': 'national' };

/**
 * The jurisdiction's seed: its local rule set if it runs one (a county running Wuping's
 * rules disposes by Wuping's catalogue, whichever procedure determined the land), else the
 * national rules if it runs them, else the procedure the case went through.
 */
async function jurisdictionSeed(db: Queryable, jurisdictionCode: string, profileId: CaseProfileId): Promise<SeedKey> {
  const seeds = (await ruleSetsOfJurisdiction(db, jurisdictionCode)).map(seedOfRuleSet).filter((s): s is SeedKey => s !== undefined);
  return seeds.find((s) => s !== 'national') ?? seeds[0] ?? seedOfProfile[profileId];
}

/** Order 53 Art. 8 counts force majeure as a government cause; a mixed cause fits neither list. */
function idleCauseOf(snapshotCause: string | undefined, ledgerCause: string | null): PlanRow['idleCause'] {
  const cause = snapshotCause ?? ledgerCause;
  if (cause === 'GOVERNMENT' || cause === 'FORCE_MAJEURE') return 'GOVERNMENT';
  if (cause === 'ENTERPRISE' || cause === 'JUDICIAL') return cause;
  return null;
}

export async function sourceFromCase(db: Queryable, scope: Scope, parcel: PlanParcel, caseId: string): Promise<PlanSource> {
  const kase = await findCase(db, scope, caseId);
  if (!kase) throw invalid('caseId', '未找到该案件，或该案件不在您的管辖范围内');
  if (kase.parcelId !== parcel.id) throw invalid('caseId', `案件${kase.caseNo}不是地块${parcel.code}的案件`);
  if (!isDeterminedOpen(kase.state)) {
    const label = stateLabel(kase.profileId, kase.state);
    const why = kase.closedOn ? '已办结' : '尚未认定';
    throw refused(`案件${kase.caseNo}当前为「${label}」，${why}：须经认定（已认定或其后的在办状态）后方可制定处置方案`, 'CASE_NOT_DETERMINED');
  }
  return {
    source: 'CASE',
    caseId: kase.id,
    category: kase.category,
    idleCause: kase.category === 'IDLE' ? idleCauseOf(kase.snapshot.cause, parcel.idleCauseType) : null,
    wpClass: null,
    seed: await jurisdictionSeed(db, parcel.jurisdictionCode, kase.profileId),
    runId: null,
  };
}

const wpClassOf = (classId: string): PlanRow['wpClass'] => {
  const m = /^WP-(C[123])$/.exec(classId);
  return m ? (m[1] as 'C1' | 'C2' | 'C3') : null;
};

export async function sourceFromLedger(db: Queryable, parcel: PlanParcel): Promise<PlanSource> {
  const run = await latestRunResult(db, parcel.jurisdictionCode, parcel.id);
  const viaCase = '须先立案，经认定程序认定后再从案件制定处置方案';
  if (!run) throw refused(`本辖区尚未进行闲置低效用地认定，地块${parcel.code}不能直接从台账制定处置方案，${viaCase}`, 'NOT_FLAGGED');
  const ran = `最近一次认定（${run.ruleSetNameZh}，认定基准日 ${run.asOf}）`;
  if (run.classIds.length === 0) {
    throw refused(`${ran}所用规则未设低效用地分类，只有按分类自查自纠的辖区可直接从台账制定处置方案；${viaCase}`, 'NO_CLASSES');
  }
  const classId = run.result?.classes.find((c) => run.classIds.includes(c));
  if (!classId) throw refused(`地块${parcel.code}在${ran}中未被归入任何低效用地分类，不能直接从台账制定处置方案；${viaCase}`, 'NOT_FLAGGED');
  return {
    source: 'LEDGER',
    caseId: null,
    category: 'INEFFICIENT',
    idleCause: null,
    wpClass: wpClassOf(classId),
    seed: seedOfRuleSet(run.ruleSetId) ?? null,
    runId: run.runId,
  };
}
