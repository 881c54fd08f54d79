import {
  builtInCampaignTargets,
  qinzhouQuarterlySchedule,
  qinzhouYearlyTasks,
  validateAmountTarget,
  validateQuarterlySchedule,
  type AmountTarget,
  type CampaignTarget,
  type DisposalRateTarget,
  type Fraction,
  type LinkageRule,
  type TargetSource,
  type YearlyTask,
} from '@panhuo/domain';
import type { FieldError } from '../../http/problems.ts';
import type { TargetChange, TargetCreate } from './schema.ts';

/**
 * A target typed in by a county's administrator, as the domain types it, and the checks it
 * must pass before it is stored: the domain's own (periods in date order, figures adding up
 * to the stated total) plus what only the jurisdiction's data can tell (the war zone, the
 * unit and the rate targets it names exist). Pure: the caller loads what is referred to.
 */

/** What a definition may refer to in its jurisdiction. */
export interface DefinitionContext {
  warZones: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  /** the jurisdiction's other targets, by id */
  targets: ReadonlyMap<string, CampaignTarget>;
}

/** A target set by the county itself refers to no section of DOMAIN.md but §6's kinds. */
const OWN_REF = 'DOMAIN.md §6（本辖区设置）';

/** 18 (%) → 18/100, 12.5 → 1250/10000 reduced: a percentage with at most two decimals, exactly. */
export function percentToFraction(percent: number): Fraction {
  let num = Math.round(percent * 100);
  let den = 10_000;
  for (const p of [2, 5]) while (num % p === 0 && den % p === 0 && num !== 0) [num, den] = [num / p, den / p];
  return { num, den };
}

const sourceOf = (s: { documentZh: string; wordingZh: string; readingZh: string }, domainRef = OWN_REF): TargetSource => ({ ...s, domainRef });

const cleanScope = (s: { warZoneId?: string; unitId?: string } | undefined) =>
  s && (s.warZoneId || s.unitId) ? { ...(s.warZoneId ? { warZoneId: s.warZoneId } : {}), ...(s.unitId ? { unitId: s.unitId } : {}) } : undefined;

const cleanTotal = (t: { parcels?: number; areaMu?: number } | undefined) => (t && (t.parcels !== undefined || t.areaMu !== undefined) ? t : undefined);

type TypedCreate = Exclude<TargetCreate, { kind: 'BUILT_IN' }>;

/** The domain target of a typed-in request, for `jurisdiction`. */
export function definitionOf(input: TypedCreate, jurisdiction: string): CampaignTarget {
  switch (input.kind) {
    case 'AMOUNT': {
      const target: AmountTarget = {
        id: input.id,
        kind: 'AMOUNT',
        nameZh: input.nameZh,
        jurisdiction,
        basis: input.basis,
        countingStart: input.countingStart,
        periods: input.periods,
        total: cleanTotal(input.total),
        ...(input.stockKinds?.length ? { stockKinds: input.stockKinds } : {}),
        scope: cleanScope(input.scope),
        source: sourceOf(input.source),
      };
      return JSON.parse(JSON.stringify(target)) as AmountTarget; // drops the undefined keys, as stored
    }
    case 'DISPOSAL_RATE':
      return {
        id: input.id,
        kind: 'DISPOSAL_RATE',
        nameZh: input.nameZh,
        jurisdiction,
        stockKind: input.stockKind,
        minShare: percentToFraction(input.minSharePercent),
        denominator: { basis: 'STOCK_AT_YEAR_START', descriptionZh: input.denominatorDescriptionZh || '年初存量面积' },
        status: input.status,
        source: sourceOf(input.source),
      } satisfies DisposalRateTarget;
    case 'LINKAGE':
      return {
        id: input.id,
        kind: 'LINKAGE',
        nameZh: input.nameZh,
        jurisdiction,
        rewardShare: percentToFraction(input.rewardSharePercent),
        penaltyShare: percentToFraction(input.penaltySharePercent),
        taskTargetIds: input.taskTargetIds,
        quotaDescriptionZh: input.quotaDescriptionZh,
        source: sourceOf(input.source),
      } satisfies LinkageRule;
  }
}

/**
 * One of the seeds' targets as a template: the caller's jurisdiction, the id asked for (the
 * seed's own by default), and the seed's figures and wording kept, to be edited.
 */
export function templateOf(builtInId: string, jurisdiction: string, id?: string): { definition: CampaignTarget; yearlyTasks: YearlyTask[] } | undefined {
  const seed = builtInCampaignTargets.find((t) => t.id === builtInId);
  if (!seed) return undefined;
  const definition = { ...structuredClone(seed), id: id ?? seed.id, jurisdiction } as CampaignTarget;
  // the schedule's yearly tasks come with it, to be replaced by the county's own
  return { definition, yearlyTasks: seed.id === qinzhouQuarterlySchedule.id ? structuredClone([...qinzhouYearlyTasks]) : [] };
}

/** The changed definition, or the fields the target's kind does not have. */
export function applyChange(current: CampaignTarget, change: TargetChange): { definition: CampaignTarget } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const only = (kind: CampaignTarget['kind'], fields: Array<keyof TargetChange>, what: string) => {
    if (current.kind === kind) return;
    for (const f of fields) if (change[f] !== undefined) errors.push({ path: f, message: `该目标不是${what}，不能修改此项` });
  };
  only('AMOUNT', ['basis', 'countingStart', 'periods', 'total', 'scope'], '分期数量目标');
  only('DISPOSAL_RATE', ['minSharePercent', 'status', 'denominatorDescriptionZh'], '处置率目标');
  only('QUARTERLY_SCHEDULE', ['yearlyTasks'], '季度管控目标');
  if (errors.length > 0) return { errors };

  const common = {
    ...(change.nameZh !== undefined ? { nameZh: change.nameZh } : {}),
    ...(change.source ? { source: sourceOf(change.source, current.source.domainRef) } : {}),
  };
  switch (current.kind) {
    case 'AMOUNT': {
      const next: AmountTarget = {
        ...current,
        ...common,
        ...(change.basis ? { basis: change.basis } : {}),
        ...(change.countingStart ? { countingStart: change.countingStart } : {}),
        ...(change.periods ? { periods: change.periods } : {}),
        ...(change.total ? { total: cleanTotal(change.total) } : {}),
        ...(change.scope ? { scope: cleanScope(change.scope) } : {}),
      };
      return { definition: JSON.parse(JSON.stringify(next)) as AmountTarget };
    }
    case 'DISPOSAL_RATE':
      return {
        definition: {
          ...current,
          ...common,
          ...(change.minSharePercent !== undefined ? { minShare: percentToFraction(change.minSharePercent) } : {}),
          ...(change.status ? { status: change.status } : {}),
          ...(change.denominatorDescriptionZh ? { denominator: { ...current.denominator, descriptionZh: change.denominatorDescriptionZh } } : {}),
        },
      };
    case 'QUARTERLY_SCHEDULE':
    case 'LINKAGE':
      return { definition: { ...current, ...common } };
  }
}

const figuresZh = (p: { parcels?: number; areaMu?: number }) =>
  [p.parcels !== undefined ? `${p.parcels} 宗` : '', p.areaMu !== undefined ? `${p.areaMu} 亩` : ''].filter(Boolean).join(' ') || '无数字';

/** Names the periods behind a total that does not agree, so the user sees which figure to fix. */
function periodsBehindTotalZh(t: AmountTarget): string {
  if (t.basis === 'CUMULATIVE') {
    const last = t.periods[t.periods.length - 1];
    return last ? `（末期「${last.labelZh}」为 ${figuresZh(last)}）` : '';
  }
  return `（各期：${t.periods.map((p) => `「${p.labelZh}」${figuresZh(p)}`).join('，')}）`;
}

function amountProblems(t: AmountTarget, ctx: DefinitionContext): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  t.periods.forEach((p, i) => {
    if (seen.has(p.id)) errors.push({ path: `periods.${i}.id`, message: `分期编号「${p.id}」重复（${p.labelZh}）` });
    seen.add(p.id);
  });
  for (const problem of validateAmountTarget(t)) {
    const index = t.periods.findIndex((p) => p.id === problem.at);
    if (index >= 0) errors.push({ path: `periods.${index}`, message: problem.messageZh });
    else if (problem.at === 'total') errors.push({ path: 'total', message: `${problem.messageZh}${periodsBehindTotalZh(t)}` });
    else errors.push({ path: problem.messageZh.startsWith('起算日期') ? 'countingStart' : 'periods', message: problem.messageZh });
  }
  if (t.scope?.warZoneId && !ctx.warZones.has(t.scope.warZoneId)) errors.push({ path: 'scope.warZoneId', message: '所选战区不存在，或不是本辖区组织架构中的战区' });
  if (t.scope?.unitId && !ctx.units.has(t.scope.unitId)) errors.push({ path: 'scope.unitId', message: '所选责任单位不存在，或不属于本辖区' });
  return errors;
}

/** Every reason the definition cannot be stored, each with the field it is about. */
export function definitionProblems(d: CampaignTarget, ctx: DefinitionContext, yearlyTasks: readonly YearlyTask[] = []): FieldError[] {
  switch (d.kind) {
    case 'AMOUNT':
      return amountProblems(d, ctx);
    case 'QUARTERLY_SCHEDULE': {
      const errors: FieldError[] = validateQuarterlySchedule(d).map((p) => ({ path: 'checkpoints', message: p.messageZh }));
      const years = new Set<number>();
      yearlyTasks.forEach((y, i) => {
        if (years.has(y.year)) errors.push({ path: `yearlyTasks.${i}.year`, message: `${y.year} 年的年度任务重复` });
        years.add(y.year);
      });
      return errors;
    }
    case 'DISPOSAL_RATE':
      return d.minShare.num > 0 && d.minShare.num <= d.minShare.den ? [] : [{ path: 'minSharePercent', message: '处置率目标须在 0–100% 之间' }];
    case 'LINKAGE':
      return d.taskTargetIds.flatMap((id, i) =>
        ctx.targets.get(id)?.kind === 'DISPOSAL_RATE'
          ? []
          : [{ path: `taskTargetIds.${i}`, message: `增存挂钩所依据的处置率目标「${id}」在本辖区不存在，请先新增或导入该处置率目标` }],
      );
  }
}
