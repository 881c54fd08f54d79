import {
  amountAchievementBy,
  amountTargetAchievement,
  centiToMu,
  disposalRateAchievement,
  linkageOutcome,
  quarterlyScheduleAchievement,
  rankUnits,
  sumCentiM2,
  type AmountTarget,
  type CampaignTarget,
  type LinkageOutcome,
  type RateAchievement,
  type RevitalisedMeasure,
  type TargetAchievement,
  type UnitStanding,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { listTasks } from '../disposal/task-service.ts';
import { campaignScope, type CampaignUseCase } from './context.ts';
import {
  countOverdueByZone,
  countTasksByUnit,
  findCampaign,
  findQuota,
  listDeterminedWithoutPlan,
  listPlanFacts,
  listRateBases,
  listRevitalisedMeasures,
  listTargets,
  listUnitNames,
  listWarZones,
  toRevitalisedMeasure,
  type CampaignScope,
  type TargetRow,
  type WarZoneRow,
} from './repository.ts';
import { parcelsByStage, type StageCount } from './stages.ts';

export interface TargetCard {
  id: string;
  kind: 'AMOUNT' | 'QUARTERLY_SCHEDULE';
  nameZh: string;
  documentZh: string;
  wordingZh: string;
  readingZh: string;
  achievement: TargetAchievement;
}

export interface WarZoneRowView {
  warZoneId: string;
  nameZh: string;
  allocated: boolean;
  targetParcels?: number;
  targetMu?: number;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  overdueTasks: number;
}

export interface UnitRowView {
  unitId: string;
  nameZh: string;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  openTasks: number;
  overdueTasks: number;
  rank: number;
  standing: UnitStanding;
}

export interface Dashboard {
  asOf: string;
  jurisdictionCode: string;
  campaignNameZh: string | null;
  issuerNameZh: string | null;
  totals: { plans: number; openPlans: number; revitalisedParcels: number; revitalisedMu: number; overdueTasks: number };
  targets: TargetCard[];
  rates: RateAchievement[];
  linkage: LinkageOutcome[];
  byWarZone: WarZoneRowView[];
  byUnit: UnitRowView[];
  stages: StageCount[];
  /** at most 20, the latest first */
  overdueTasks: Awaited<ReturnType<typeof listTasks>>['items'];
}

/** Everything the headquarters view and the bulletins count, as of a day. */
export interface CampaignFacts {
  jurisdictionCode: string;
  scope: CampaignScope;
  asOf: string;
  measures: RevitalisedMeasure[];
  targets: TargetRow[];
  warZones: WarZoneRow[];
}

export async function loadCampaignFacts(db: Queryable, jurisdictionCode: string, scope: CampaignScope, asOf: string): Promise<CampaignFacts> {
  const [rows, targets, warZones] = await Promise.all([
    listRevitalisedMeasures(db, scope),
    listTargets(db, jurisdictionCode),
    listWarZones(db, scope.codes),
  ]);
  const warZoneOfZone = new Map<string, string>();
  for (const wz of warZones) for (const z of wz.zoneIds) warZoneOfZone.set(z, wz.id);
  const measures = rows.map((r) => toRevitalisedMeasure(r, warZoneOfZone)).filter((m) => m.revitalisedAt <= asOf);
  return { jurisdictionCode, scope, asOf, measures, targets: targets.filter((t) => t.active), warZones };
}

/** The campaign's main target: the first active amount target set for the whole jurisdiction. */
export function mainAmountTarget(targets: readonly TargetRow[]): AmountTarget | undefined {
  return targets.map((t) => t.definition).find((d): d is AmountTarget => d.kind === 'AMOUNT' && !d.scope);
}

const sourceOf = (d: CampaignTarget) => ({ documentZh: d.source.documentZh, wordingZh: d.source.wordingZh, readingZh: d.source.readingZh });

export function targetCards(facts: CampaignFacts): TargetCard[] {
  const cards: TargetCard[] = [];
  const year = Number(facts.asOf.slice(0, 4));
  for (const t of facts.targets) {
    const d = t.definition;
    if (d.kind === 'AMOUNT' && !d.scope) {
      cards.push({ id: d.id, kind: 'AMOUNT', nameZh: d.nameZh, ...sourceOf(d), achievement: amountTargetAchievement(d, facts.measures, facts.asOf) });
    }
    if (d.kind === 'QUARTERLY_SCHEDULE') {
      const task = t.yearlyTasks.find((y) => y.year === year);
      if (task) {
        cards.push({
          id: d.id,
          kind: 'QUARTERLY_SCHEDULE',
          nameZh: `${d.nameZh}（${year}年任务 ${task.areaMu} 亩）`,
          ...sourceOf(d),
          achievement: quarterlyScheduleAchievement(d, task, facts.measures, facts.asOf),
        });
      }
    }
  }
  return cards;
}

export async function rateResults(db: Queryable, facts: CampaignFacts): Promise<{ rates: RateAchievement[]; linkage: LinkageOutcome[] }> {
  const year = Number(facts.asOf.slice(0, 4));
  const bases = await listRateBases(db, facts.jurisdictionCode);
  const rates: RateAchievement[] = [];
  for (const t of facts.targets) {
    const d = t.definition;
    if (d.kind !== 'DISPOSAL_RATE') continue;
    const base = bases.find((b) => b.year === year && b.stockKind === d.stockKind);
    if (!base) continue;
    rates.push(disposalRateAchievement(d, { year, asOf: facts.asOf, measures: facts.measures, denominator: { basis: d.denominator.basis, area_m2: base.area_m2 } }));
  }
  const linkage: LinkageOutcome[] = [];
  for (const t of facts.targets) {
    const d = t.definition;
    if (d.kind !== 'LINKAGE') continue;
    const quota = await findQuota(db, facts.jurisdictionCode, year + 1);
    if (quota) linkage.push(linkageOutcome(d, { year, nextYearQuota_m2: quota.quota_m2, results: rates }));
  }
  return { rates, linkage };
}

/** 亩 of measures' areas, summed exactly in 1/100 m² as stored. */
const muOfMeasures = (ms: readonly RevitalisedMeasure[]) => centiToMu(sumCentiM2(ms.map((m) => m.revitalisedArea_m2)));

export async function warZoneRows(db: Queryable, facts: CampaignFacts, openPlansByZone: Map<string | null, number>): Promise<WarZoneRowView[]> {
  const main = mainAmountTarget(facts.targets);
  const allocations = facts.targets.map((t) => t.definition).filter((d): d is AmountTarget => d.kind === 'AMOUNT' && d.scope?.warZoneId !== undefined);
  const overdue = await countOverdueByZone(db, facts.scope, facts.asOf);
  const breakdown = main ? amountAchievementBy(main, facts.measures, facts.asOf, 'warZone', allocations) : [];
  return facts.warZones.map((wz) => {
    const row = breakdown.find((b) => b.key === wz.id);
    const mine = facts.measures.filter((m) => m.warZoneId === wz.id);
    const achieved = row?.achievement.overall.achieved ?? { parcels: new Set(mine.map((m) => m.parcelId)).size, areaMu: muOfMeasures(mine) };
    const sumBy = (counts: Map<string | null, number> | Array<{ zoneId: string | null; overdueTasks: number }>) =>
      counts instanceof Map
        ? wz.zoneIds.reduce((s, z) => s + (counts.get(z) ?? 0), 0)
        : counts.filter((c) => c.zoneId && wz.zoneIds.includes(c.zoneId)).reduce((s, c) => s + c.overdueTasks, 0);
    return {
      warZoneId: wz.id,
      nameZh: wz.name,
      allocated: row?.allocated ?? false,
      targetParcels: row?.allocated ? row.achievement.overall.target.parcels : undefined,
      targetMu: row?.allocated ? row.achievement.overall.target.areaMu : undefined,
      achievedParcels: achieved.parcels,
      achievedMu: achieved.areaMu,
      openPlans: sumBy(openPlansByZone),
      overdueTasks: sumBy(overdue),
    };
  });
}

export async function unitRows(db: Queryable, facts: CampaignFacts, openPlansByUnit: Map<string, number>): Promise<UnitRowView[]> {
  const [tasks, names] = await Promise.all([countTasksByUnit(db, facts.scope, facts.asOf), listUnitNames(db, facts.scope.codes)]);
  const unitIds = new Set<string>([...openPlansByUnit.keys(), ...tasks.map((t) => t.unitId), ...facts.measures.flatMap((m) => (m.unitId ? [m.unitId] : []))]);
  const performance = [...unitIds].map((unitId) => {
    const mine = facts.measures.filter((m) => m.unitId === unitId);
    const t = tasks.find((x) => x.unitId === unitId);
    return {
      unitId,
      nameZh: names.get(unitId) ?? '（未知单位）',
      achievedParcels: new Set(mine.map((m) => m.parcelId)).size,
      achievedArea_m2: sumCentiM2(mine.map((m) => m.revitalisedArea_m2)) / 100,
      openPlans: openPlansByUnit.get(unitId) ?? 0,
      openTasks: t?.openTasks ?? 0,
      overdueTasks: t?.overdueTasks ?? 0,
    };
  });
  return rankUnits(performance).map(({ unit, rank, standing }) => ({
    unitId: unit.unitId,
    nameZh: unit.nameZh,
    achievedParcels: unit.achievedParcels,
    achievedMu: centiToMu(Math.round(unit.achievedArea_m2 * 100)),
    openPlans: unit.openPlans,
    openTasks: unit.openTasks,
    overdueTasks: unit.overdueTasks,
    rank,
    standing,
  }));
}

/** 指挥部驾驶舱: targets, war zones, units, parcels by stage, as of a day. */
export async function campaignDashboard(uc: CampaignUseCase, query: { asOf?: string; jurisdictionCode?: string }): Promise<Dashboard> {
  const { jurisdictionCode, scope } = await campaignScope(uc, query.jurisdictionCode);
  const asOf = query.asOf ?? uc.today;
  const facts = await loadCampaignFacts(uc.db, jurisdictionCode, scope, asOf);
  const [campaign, plans, waiting] = await Promise.all([findCampaign(uc.db, jurisdictionCode), listPlanFacts(uc.db, scope), listDeterminedWithoutPlan(uc.db, scope)]);
  const open = plans.filter((p) => p.status !== 'CLOSED');
  const openPlansByZone = new Map<string | null, number>();
  const openPlansByUnit = new Map<string, number>();
  for (const p of open) {
    openPlansByZone.set(p.zoneId, (openPlansByZone.get(p.zoneId) ?? 0) + 1);
    openPlansByUnit.set(p.unitId, (openPlansByUnit.get(p.unitId) ?? 0) + 1);
  }
  const [{ rates, linkage }, byWarZone, byUnit, overdue] = await Promise.all([
    rateResults(uc.db, facts),
    warZoneRows(uc.db, facts, openPlansByZone),
    unitRows(uc.db, facts, openPlansByUnit),
    // the dashboard's own scope: a county chosen by its city shows that county's tasks only
    listTasks({ ...uc, today: asOf, actor: { ...uc.actor, scope } }, { status: 'OVERDUE', page: 1, pageSize: 20 }),
  ]);
  return {
    asOf,
    jurisdictionCode,
    campaignNameZh: campaign?.name ?? null,
    issuerNameZh: campaign?.issuerName ?? null,
    totals: {
      plans: plans.length,
      openPlans: open.length,
      revitalisedParcels: new Set(facts.measures.map((m) => m.parcelId)).size,
      revitalisedMu: muOfMeasures(facts.measures),
      overdueTasks: overdue.overdueCount,
    },
    targets: targetCards(facts),
    rates,
    linkage,
    byWarZone,
    byUnit,
    stages: parcelsByStage(plans, waiting),
    overdueTasks: overdue.items,
  };
}
