import type { OperationsStatus, ParcelFacts } from '../facts.ts';
import type { CriterionResult } from '../result.ts';
import type { CriterionDef, CriterionKindId, KindParams } from '../rule-set.ts';
import { F, missingZh, T, U, zhDate, type Tri } from '../support.ts';

/**
 * A criterion kind compiles its parameters once per rule set and evaluation date into an
 * evaluator of one parcel. The evaluator returns the criterion's result with its evidence.
 */
export interface CompileContext {
  asOf: string;
  asOfYear: number;
  /** "2023年6月30日" */
  asOfZh: string;
}

export function compileContext(asOf: string): CompileContext {
  return { asOf, asOfYear: Number(asOf.slice(0, 4)), asOfZh: zhDate(asOf) };
}

export type Evaluator = (p: ParcelFacts) => CriterionResult;

export type DefOf<K extends CriterionKindId> = Extract<CriterionDef, { kind: K }> & { params: KindParams[K] };

export type Compiler<K extends CriterionKindId> = (def: DefOf<K>, ctx: CompileContext) => Evaluator;

/** Builds results for one criterion; the wording is appended to every sentence. */
export class Verdict {
  readonly basis: string;
  // the sentence endings, joined once per criterion rather than for every parcel
  private readonly metTail: string;
  private readonly notMetTail: string;
  private readonly unknownTail: string;
  private readonly willBeMetTail: string;

  constructor(readonly def: CriterionDef) {
    this.basis = `；依据：“${def.wordingZh}”`;
    this.metTail = `，符合本项认定标准${this.basis}`;
    this.notMetTail = `，不符合本项认定标准${this.basis}`;
    this.unknownTail = `，无法判断${this.basis}`;
    this.willBeMetTail = ` 起符合）${this.basis}`;
  }

  /**
   * `text` states the facts and the comparison; the verdict and the wording follow.
   * `willBeMetOn` is given (a date or null) only by time-based criteria.
   */
  result(status: Tri, text: string, missing: string[] | null, computed?: Record<string, number>, willBeMetOn?: string | null): CriterionResult {
    const d = this.def;
    if (status === T) {
      const r: CriterionResult = { id: d.id, category: d.category, status: 'MET', evidence: text + this.metTail };
      if (computed) r.computed = computed;
      return r;
    }
    if (status === F) {
      const evidence = willBeMetOn == null ? text + this.notMetTail : `${text}，不符合本项认定标准（情况不变则于 ${zhDate(willBeMetOn)}${this.willBeMetTail}`;
      const r: CriterionResult = { id: d.id, category: d.category, status: 'NOT_MET', evidence };
      if (willBeMetOn !== undefined) r.willBeMetOn = willBeMetOn;
      if (computed) r.computed = computed;
      return r;
    }
    const m = missing ?? [];
    const r: CriterionResult = {
      id: d.id,
      category: d.category,
      status: 'UNKNOWN',
      evidence: `${text}；缺少${missingZh(m)}${this.unknownTail}`,
      missing: m,
    };
    if (computed) r.computed = computed;
    return r;
  }
}

// ---------------------------------------------------------------------------------------
// Facts that several kinds read, in three-valued form. Each pushes the paths it lacks.

/** Construction has started (动工开发, Art. 30) on or before `date`. */
export function startedBy(p: ParcelFacts, date: string, missing: string[]): Tri {
  const c = p.construction;
  const actual = c?.actualStartDate;
  if (actual != null) return actual <= date ? T : F;
  const started = c?.started;
  if (started === false) return F;
  if (started === true) {
    missing.push('construction.actualStartDate');
    return U;
  }
  missing.push('construction.started');
  return U;
}

/** Construction has started as of `asOf` (the start date itself need not be known). */
export function startedNow(p: ParcelFacts, asOf: string, missing: string[]): Tri {
  const c = p.construction;
  const actual = c?.actualStartDate;
  if (actual != null) return actual <= asOf ? T : F;
  const started = c?.started;
  if (started === true) return T;
  if (started === false) return F;
  missing.push('construction.started');
  return U;
}

/** Construction is completed as of `asOf`. */
export function completedNow(p: ParcelFacts, asOf: string, missing: string[]): Tri {
  const c = p.construction;
  const date = c?.completionDate;
  if (date != null) return date <= asOf ? T : F;
  const done = c?.completed;
  if (done === true) return T;
  if (done === false) return F;
  missing.push('construction.completed');
  return U;
}

/** Production has started (正式投产) as of `asOf`. */
export function producedNow(p: ParcelFacts, asOf: string, missing: string[]): Tri {
  const o = p.operations;
  const date = o?.productionStartDate;
  if (date != null) return date <= asOf ? T : F;
  const status = o?.status;
  if (status === 'NOT_STARTED') return F;
  if (status === 'PRODUCING' || status === 'SEMI_HALTED' || status === 'HALTED') return T;
  missing.push('operations.productionStartDate');
  return U;
}

export function statusIn(p: ParcelFacts, statuses: readonly OperationsStatus[], missing: string[]): Tri {
  const s = p.operations?.status;
  if (s == null) {
    missing.push('operations.status');
    return U;
  }
  return statuses.includes(s) ? T : F;
}

/** A recorded event (a start, a completion) does not fall on or before `due`: a prediction for `due` holds. */
export const noEventBy = (date: string | null | undefined, due: string): boolean => date == null || date > due;

export const TRI_ZH = ['否', '是', '不明'] as const;
export const boolZh = (b: boolean | null | undefined): string => (b == null ? '不明' : b ? '是' : '否');
export const dateZh = (iso: string | null | undefined): string => (iso == null ? '不明' : zhDate(iso));
