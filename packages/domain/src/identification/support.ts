import { addDays, addMonths } from '../units/dates.ts';
import type { Fraction } from './rule-set.ts';

/**
 * What every criterion kind shares: three-valued logic, exact comparisons on scaled
 * integers, calendar periods (memoised: the evaluator runs on a million parcels) and the
 * small formatting helpers evidence sentences are built with.
 */

/** Three-valued truth: false, true, unknown. */
export const F = 0;
export const T = 1;
export const U = 2;
export type Tri = typeof F | typeof T | typeof U;

export function and3(a: Tri, b: Tri): Tri {
  if (a === F || b === F) return F;
  return a === T && b === T ? T : U;
}

export function or3(a: Tri, b: Tri): Tri {
  if (a === T || b === T) return T;
  return a === F && b === F ? F : U;
}

export const tri = (b: boolean): Tri => (b ? T : F);

// ---------------------------------------------------------------------------------------
// Exact arithmetic. Money is compared in fen, areas in 1/100 m², per-mu figures, plot
// ratios and other decimals in 1/10 000, fractions of one (coverage) in 1/1 000 000, so
// that a value typed exactly on a threshold is exactly on it.

export const fen = (yuan: number): number => Math.round(yuan * 100);
export const centiM2 = (m2: number): number => Math.round(m2 * 100);
export const q4 = (x: number): number => Math.round(x * 10_000);
export const q6 = (x: number): number => Math.round(x * 1_000_000);

const SAFE = Number.MAX_SAFE_INTEGER;

/** sign(a1·a2·a3 − b1·b2·b3) for integers, exact (BigInt when a product leaves the safe range). */
export function compareProducts(a1: number, a2: number, a3: number, b1: number, b2: number, b3: number): number {
  const a = a1 * a2 * a3;
  const b = b1 * b2 * b3;
  if (Math.abs(a) <= SAFE && Math.abs(b) <= SAFE) return a < b ? -1 : a > b ? 1 : 0;
  const ba = BigInt(a1) * BigInt(a2) * BigInt(a3);
  const bb = BigInt(b1) * BigInt(b2) * BigInt(b3);
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}

/** part / whole compared with a fraction, exactly: sign(part/whole − f). `whole` must be > 0. */
export function compareShare(part: number, whole: number, f: Fraction): number {
  return compareProducts(part, f.den, 1, f.num, whole, 1);
}

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
export const round2 = (x: number): number => Math.round(x * 100) / 100;

// ---------------------------------------------------------------------------------------
// Calendar periods and Chinese dates, memoised per day: a run evaluates a million parcels
// whose dates come from a few thousand distinct days. The caches are arrays indexed by the
// day itself (read from the digits), not maps keyed by the string: hashing and comparing
// date strings was a tenth of the evaluation time.

const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** One cache row per year: 13 × 32 cells, the month and the day as written. */
const ROW = 13 * 32;

const digit = (iso: string, i: number): number => {
  const d = iso.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
};

/**
 * The cache slot of `YYYY-MM-DD` when the year is 1900–2200, the month at most 12 and the
 * day at most 31 (as written, not checked against the calendar), else -1: such strings
 * are never cached.
 */
function daySlot(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return -1;
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 0 || month > 12 || day < 0 || day > 31) return -1;
  return (year - FIRST_YEAR) * ROW + month * 32 + day;
}

/** A function of a date memoised in arrays indexed by the day; rows are made for the years met. */
export function perDay<R>(compute: (iso: string) => R): (iso: string) => R {
  const rows: Array<Array<R | undefined> | undefined> = [];
  return (iso) => {
    const slot = daySlot(iso);
    if (slot < 0) return compute(iso);
    const row = (rows[Math.floor(slot / ROW)] ??= new Array<R | undefined>(ROW).fill(undefined));
    const cell = slot % ROW;
    let r = row[cell];
    if (r === undefined) {
      r = compute(iso);
      row[cell] = r;
    }
    return r;
  };
}

const periodAdders = new Map<number, (iso: string) => string>();

/** A memoised `addMonths(·, months)`: one cache per period length. */
export function periodAdder(months: number): (iso: string) => string {
  let add = periodAdders.get(months);
  if (add === undefined) {
    add = perDay((iso) => addMonths(iso, months));
    periodAdders.set(months, add);
  }
  return add;
}

export function plusMonths(iso: string, months: number): string {
  return periodAdder(months)(iso);
}

export const plusYears = (iso: string, years: number): string => plusMonths(iso, years * 12);

/** The day after (memoised like the periods). */
export const nextDay: (iso: string) => string = perDay((iso) => addDays(iso, 1));

// ---------------------------------------------------------------------------------------
// Formatting for evidence sentences (Chinese, GB/T 9704 dates without leading zeros).

/** 2022-05-20 → 2022年5月20日 */
export const zhDate: (iso: string) => string = perDay((iso) => {
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  return `${iso.slice(0, 4)}年${m}月${d}日`;
});

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];

/**
 * A number with at most `digits` (≤ 6) decimals and no trailing zeros. It prints the
 * integer and fractional parts as integers, which is several times faster than printing
 * a double (evidence sentences hold many numbers, and a run has a million parcels).
 */
export function num(x: number, digits = 2): string {
  const p = POW10[digits]!;
  const n = Math.round(x * p);
  if (!(Math.abs(n) <= Number.MAX_SAFE_INTEGER)) return String(x);
  const neg = n < 0;
  const a = neg ? -n : n;
  const hi = Math.floor(a / p);
  let lo = a - hi * p;
  let out: string;
  if (lo === 0) out = String(hi);
  else {
    let d = digits;
    while (lo % 10 === 0) {
      lo /= 10;
      d--;
    }
    const width = lo < 10 ? 1 : lo < 100 ? 2 : lo < 1000 ? 3 : lo < 10_000 ? 4 : lo < 100_000 ? 5 : 6;
    out = `${hi}.${ZEROS[d - width]}${lo}`;
  }
  return neg ? `-${out}` : out;
}

/** m² → "12.5 亩（8333.33 平方米）" */
export function areaZh(m2: number): string {
  return `${num((m2 * 3) / 2000)} 亩（${num(m2)} 平方米）`;
}

/** yuan → "90 万元" */
export function wanZh(yuan: number): string {
  return `${num(yuan / 10_000, 4)} 万元`;
}

export function pctZh(share: number): string {
  return `${num(share * 100)}%`;
}

export function fracZh(f: Fraction): string {
  if (f.num === 1 && f.den === 3) return '三分之一';
  return `${num((f.num / f.den) * 100)}%`;
}

export const yearsZh = (n: number): string => (n % 1 === 0 ? `${n} 年` : `${n * 12} 个月`);

/** Chinese names of the facts, for sentences about what is missing. */
export const FACT_LABELS: Record<string, string> = {
  plannedUse: '规划用途',
  area_m2: '土地总面积',
  'right.deliveryDate': '实际交付土地日期',
  'right.landPrice_yuan': '出让（划拨）价款',
  'contract.agreedStartDate': '约定动工日期',
  'contract.agreedCompletionDate': '约定竣工日期',
  'contract.constructionPeriodEnd': '出让合同建设期满日期',
  'contract.requiredDevelopmentArea_m2': '应动工开发建设用地总面积',
  'contract.totalInvestment_yuan': '约定总投资额',
  'contract.investmentIntensity_10kYuanPerMu': '约定投资强度',
  'contract.taxPerMu_10kYuanPerMu': '约定亩均税收',
  'contract.outputPerMu_10kYuanPerMu': '约定亩均产值',
  'contract.plotRatioMin': '容积率控制指标下限',
  'construction.started': '是否已动工开发',
  'construction.actualStartDate': '实际动工日期',
  'construction.developedArea_m2': '已动工开发建设用地面积',
  'construction.investedAmount_yuan': '已投资额',
  'construction.halted': '是否停工',
  'construction.haltStartDate': '停工日期',
  'construction.haltReason': '停工原因',
  'construction.completed': '是否竣工',
  'construction.completionDate': '竣工日期',
  'construction.abandonedWorks': '是否烂尾工程',
  'site.buildingCoverage': '建筑系数',
  'site.plotRatio': '容积率',
  'site.vacantContiguousArea_m2': '连片空闲土地面积',
  'site.vacantIndependentlyDevelopable': '空闲土地可否单独开发',
  'operations.status': '生产经营状态',
  'operations.productionReadyDate': '具备生产条件日期',
  'operations.productionStartDate': '正式投产日期',
  'operations.haltProductionStartDate': '停产（半停产）日期',
  'operations.lastTaxPaymentDate': '最近一次缴税日期',
  'operations.sublet': '是否转租',
  'operations.tenantConformsToPlan': '承租方是否符合园区产业规划',
  'finance.fixedAssetInvestment_yuan': '固定资产投资',
  'enterprise.catalogueClass': '产业结构调整指导目录类别',
  'enterprise.parkCatalogueClass': '园区主导产业目录类别',
  'enterprise.judicialStatus': '司法处置状态',
  'idleCause.type': '闲置（延迟）原因',
  'compliance.safety.nonCompliant': '安全生产是否达标',
  'compliance.safety.rectificationFailed': '安全生产整改结果',
  'compliance.safety.closureRequired': '安全生产是否依法需关停',
  'compliance.environment.nonCompliant': '环保是否达标',
  'compliance.environment.rectificationFailed': '环保整改结果',
  'compliance.environment.closureRequired': '环保是否依法需关停',
  'compliance.fire.nonCompliant': '消防是否达标',
  'compliance.fire.rectificationFailed': '消防整改结果',
  'compliance.fire.closureRequired': '消防是否依法需关停',
};

const yearLabels = new Map<string, string>();

function labelOf(path: string): string {
  const l = FACT_LABELS[path];
  if (l !== undefined) return l;
  let y = yearLabels.get(path);
  if (y === undefined) {
    y = yearPathLabel(path) ?? path;
    if (yearLabels.size < 10_000) yearLabels.set(path, y);
  }
  return y;
}

/** "停工日期、停工原因" — with year paths as "2020 年度实缴税金" */
export function missingZh(paths: string[]): string {
  if (paths.length === 1) return labelOf(paths[0]!);
  let out = '';
  for (const p of paths) out = out === '' ? labelOf(p) : `${out}、${labelOf(p)}`;
  return out;
}

const YEAR_FIELD_LABELS: Record<string, string> = {
  taxPaid_yuan: '实缴税金',
  landUseTax_yuan: '土地使用税',
  propertyTax_yuan: '房产税',
  taxDue_yuan: '应纳税额',
  industrialOutput_yuan: '工业产值',
  mainBusinessRevenue_yuan: '主营业务收入',
};

const yearPaths = new Map<string, string[]>();

/** `finance.years[year=2020].taxPaid_yuan` is the path of a year's figure (by year, not index). */
export function yearPath(year: number, field: string): string {
  let byYear = yearPaths.get(field);
  if (byYear === undefined) {
    byYear = [];
    yearPaths.set(field, byYear);
  }
  const i = year - 1900;
  return (byYear[i] ??= `finance.years[year=${year}].${field}`);
}

function yearPathLabel(path: string): string | undefined {
  const m = /^finance\.years\[year=(\d+)\]\.(\w+)$/.exec(path);
  if (!m) return undefined;
  return `${m[1]} 年度${YEAR_FIELD_LABELS[m[2]!] ?? m[2]!}`;
}

export const CATALOGUE_ZH: Record<string, string> = {
  ENCOURAGED: '鼓励类',
  PERMITTED: '允许类',
  RESTRICTED: '限制类',
  ELIMINATED: '淘汰类',
  PROHIBITED: '禁止类',
};

export const OPERATIONS_ZH: Record<string, string> = {
  NOT_STARTED: '未投产',
  PRODUCING: '正常生产',
  SEMI_HALTED: '半停产',
  HALTED: '停产',
};

export const JUDICIAL_ZH: Record<string, string> = {
  NONE: '无司法处置',
  SEIZED: '查封',
  AUCTION: '司法拍卖',
  BANKRUPTCY: '破产',
  REORGANISATION: '重整',
  LIQUIDATION: '清算',
};

export const CAUSE_ZH: Record<string, string> = {
  ENTERPRISE: '企业原因',
  GOVERNMENT: '政府原因',
  FORCE_MAJEURE: '不可抗力',
  JUDICIAL: '司法原因',
  MIXED: '政府与企业混合原因',
};

export const HALT_REASON_ZH: Record<string, string> = {
  FUNDS: '资金原因',
  OPERATIONS: '经营原因',
  MANAGEMENT: '管理原因',
  OTHER: '其他原因',
};

export const STATUS_ZH = { MET: '符合', NOT_MET: '不符合', UNKNOWN: '无法判断', MANUAL: '待人工认定' } as const;
