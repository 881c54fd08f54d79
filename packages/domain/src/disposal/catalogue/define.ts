/**
 * The shape of one catalogue method (docs/design/disposal.md §2) and the helper the seed
 * files use to declare it: the name always comes from methods.ts, so a method has one
 * Chinese name wherever it appears.
 */
import { disposalMethodNames } from '../methods.ts';
import type { AgreementType, EvidenceKind, MeasureField, NewDeadlines, SeedKey } from '../types.ts';

/**
 * DOMAIN.md §4 "Applies to": IDLE-G/E/J = idle by government, enterprise, judicial cause;
 * LOW = inefficient; WP-C1/C2/C3 = Wuping's classes; APS = 批而未供; URB = 城镇低效用地;
 * ANY = whatever the parcel is.
 */
export type ApplicabilityTag = 'IDLE-G' | 'IDLE-E' | 'IDLE-J' | 'LOW' | 'WP-C1' | 'WP-C2' | 'WP-C3' | 'APS' | 'URB' | 'ANY';

export const applicabilityTagLabels: Readonly<Record<ApplicabilityTag, string>> = {
  'IDLE-G': '政府原因闲置土地',
  'IDLE-E': '企业原因闲置土地',
  'IDLE-J': '因司法处置等原因闲置的土地',
  LOW: '低效用地',
  'WP-C1': '“未完成建设”类低效工业用地',
  'WP-C2': '“未达产能”类低效工业用地',
  'WP-C3': '“改变项目投资”类低效工业用地',
  APS: '批而未供土地',
  URB: '城镇低效用地',
  ANY: '各类闲置低效用地',
};

/** A date a period limit is counted from or to. */
export type DatePath = 'agreement.signedAt' | `newDeadlines.${keyof NewDeadlines}`;

/** A longest period the seed allows between two dates of a measure, 「以内」/「不超过」 inclusive. */
export interface PeriodLimit {
  from: DatePath;
  to: DatePath;
  maxYears: number;
  /** the limit in the seed's words, used in the refusal */
  ruleZh: string;
}

export interface DisposalMethod {
  code: string;
  nameZh: string;
  seeds: SeedKey[];
  appliesTo: ApplicabilityTag[];
  appliesToZh: string;
  /** data the measure captures (DOMAIN.md §4 "Data needed") */
  fields: MeasureField[];
  /** when present, AGREEMENT_SIGNED precedes EXECUTING; the first is the one to propose */
  agreementTypes?: AgreementType[];
  /** the parties the seed names for the agreement; signing needs at least this many */
  agreementParties?: string[];
  /** which of the new dates the measure sets, when `fields` has newDeadlines */
  deadlineFields?: Array<keyof NewDeadlines>;
  periodLimits?: PeriodLimit[];
  /** the one kind of evidence that proves the measure revitalised the land (§5.3) */
  evidenceKind: EvidenceKind;
  /** the seed's key wording, verbatim from DOMAIN.md = the legal basis */
  wordingZh: string;
  /** the document the wording comes from */
  sourceZh: string;
}

export const SOURCES = {
  national: '《闲置土地处置办法》（国土资源部令第53号）',
  JD: '《旌德经开区闲置低效工业用地盘活处置工作实施方案》（政办〔2022〕67号）',
  WP: '《武平县集中开展低效工业用地盘活百日攻坚行动方案》（武政办规〔2023〕7号）',
  YN: '《宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿）》',
  QZ: '《钦州市盘活存量土地三年行动工作方案（2021—2023年）》（钦政办〔2021〕41号）',
  SL: '《石龙产业集聚区用地提质增效行动方案》（平龙政办〔2021〕36号）',
} as const satisfies Record<SeedKey, string>;

export function define(code: string, rest: Omit<DisposalMethod, 'code' | 'nameZh'>): DisposalMethod {
  const nameZh = disposalMethodNames[code];
  if (nameZh === undefined) throw new Error(`disposal method ${code} is not in methods.ts`);
  return { code, nameZh, ...rest };
}
