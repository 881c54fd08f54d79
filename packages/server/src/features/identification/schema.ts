import { z } from 'zod';

/**
 * Request and response schemas of identification (闲置低效认定): rule sets and their
 * versions, the rule sets a jurisdiction runs, stored runs and their results, early
 * warning and what-if. The web app's pages are written against these shapes.
 */

const jurisdictionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const ruleSetId = z.string().min(1, '请选择规则').max(64);
const primaryCategory = z.enum(['IDLE', 'INEFFICIENT', 'NONE', 'INCONCLUSIVE']);
const criterionCategory = z.enum(['IDLE', 'INEFFICIENT']);
const criterionStatus = z.enum(['MET', 'NOT_MET', 'UNKNOWN', 'MANUAL']);
export const changeKind = z.enum(['NEW', 'CLEARED', 'CHANGED', 'SAME']);
export type ChangeKind = z.infer<typeof changeKind>;

export const idParams = z.object({ id: z.uuid('编号无效') });
export const ruleSetParams = z.object({ id: ruleSetId });
export const jurisdictionParams = z.object({ code: jurisdictionCode });
export const resultParams = z.object({ id: z.uuid('认定批次编号无效'), parcelId: z.uuid('地块编号无效') });

// ---- rule sets ----

export const criterionParams = z.object({
  id: z.string(),
  category: criterionCategory,
  kind: z.string(),
  wordingZh: z.string(),
  params: z.record(z.string(), z.unknown()),
});

export const ruleSetVersion = z.object({
  ruleSetId: z.string(),
  version: z.number().int(),
  nameZh: z.string(),
  effectiveFrom: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  note: z.string().nullable(),
  criteria: z.array(criterionParams),
});
export type RuleSetVersionOut = z.infer<typeof ruleSetVersion>;

export const ruleSetSummary = z.object({
  id: z.string(),
  nameZh: z.string(),
  status: z.enum(['IN_FORCE', 'DRAFT']),
  jurisdiction: z.string(),
  versions: z.array(ruleSetVersion),
});

export const criterionChange = z.object({
  criterionId: z.string().min(1, '请填写认定标准编号'),
  params: z.record(z.string(), z.unknown()),
});
export type CriterionChange = z.infer<typeof criterionChange>;

export const newVersionInput = z.object({
  basedOnVersion: z.number().int().min(1, '基准版本号无效'),
  effectiveFrom: isoDate,
  note: z.string().max(500, '说明不超过 500 字').optional(),
  changes: z.array(criterionChange).min(1, '请至少修改一项认定标准的参数'),
});
export type NewVersionInput = z.infer<typeof newVersionInput>;

export const jurisdictionRuleSets = z.object({ jurisdictionCode: z.string(), ruleSetIds: z.array(z.string()) });
export const jurisdictionRuleSetsInput = z.object({ ruleSetIds: z.array(ruleSetId).max(10, '最多选择 10 套规则') });

// ---- runs ----

const tally = z.object({ count: z.number().int(), area_m2: z.number() });

export const runSummary = z.object({
  byCategory: z.object({ IDLE: tally, INEFFICIENT: tally, NONE: tally, INCONCLUSIVE: tally }),
  byCriterion: z.array(
    z.object({ criterionId: z.string(), category: criterionCategory, MET: tally, UNKNOWN: tally, MANUAL: tally }),
  ),
  byClass: z.array(z.object({ classId: z.string(), count: z.number().int(), area_m2: z.number() })),
  /** null on the first run of a rule set in a jurisdiction */
  changes: z.object({ NEW: z.number().int(), CLEARED: z.number().int(), CHANGED: z.number().int(), SAME: z.number().int() }).nullable(),
});
export type RunSummary = z.infer<typeof runSummary>;

export const runOut = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  asOf: z.string(),
  trigger: z.enum(['MANUAL', 'NIGHTLY']),
  actorName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  parcelCount: z.number().int(),
  previousRunId: z.string().nullable(),
  summary: runSummary.nullable(),
});
export type RunOut = z.infer<typeof runOut>;

const changedParcel = z.object({
  parcelId: z.string(),
  parcelCode: z.string(),
  parcelName: z.string(),
  area_m2: z.number(),
  change: changeKind,
  categoryBefore: primaryCategory.nullable(),
  categoryAfter: primaryCategory,
  /** criteria MET now that were not MET in the previous run */
  criteriaMet: z.array(z.string()),
  /** criteria MET in the previous run that are not MET now */
  criteriaCleared: z.array(z.string()),
});

export const runDetail = runOut.extend({ changedParcels: z.array(changedParcel) });

export const runInput = z.object({ jurisdictionCode, ruleSetId, asOf: isoDate });
export type RunInput = z.infer<typeof runInput>;

export const runListQuery = z.object({ jurisdictionCode: jurisdictionCode.optional(), ruleSetId: ruleSetId.optional() });

export const resultsQuery = z.object({
  category: primaryCategory.optional(),
  criterionId: z.string().optional(),
  /** with criterionId: the criterion's status; default MET */
  status: criterionStatus.optional(),
  change: changeKind.optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1, '页码无效').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(20),
});
export type ResultsQuery = z.infer<typeof resultsQuery>;

export const resultItem = z.object({
  parcelId: z.string(),
  parcelCode: z.string(),
  parcelName: z.string(),
  zoneName: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  area_m2: z.number(),
  primaryCategory,
  metCriterionIds: z.array(z.string()),
  /** Wuping classes (WP-C1…) when the rule set defines them */
  classes: z.array(z.string()),
  change: changeKind.nullable(),
});

export const missingFact = z.object({
  /** the parcel-facts path, e.g. construction.haltStartDate or finance.years[year=2023].taxPaid_yuan */
  path: z.string(),
  labelZh: z.string(),
  /** the ledger field key and record it belongs to; null when the ledger has no field for it */
  fieldKey: z.string().nullable(),
  entity: z.enum(['parcel', 'contract', 'year', 'enterprise']).nullable(),
  year: z.number().int().nullable(),
  /** the section (the parcel page's tab) where it is filled in */
  section: z.string().nullable(),
  sectionZh: z.string().nullable(),
});
export type MissingFact = z.infer<typeof missingFact>;

export const criterionRow = z.object({
  id: z.string(),
  category: criterionCategory,
  status: criterionStatus,
  evidenceZh: z.string(),
  missing: z.array(missingFact),
  computed: z.record(z.string(), z.number()).nullable(),
  willBeMetOn: z.string().nullable(),
  wordingZh: z.string(),
  readingZh: z.string(),
});

export const sanctions = z.object({
  idleFee_yuan: z.number().nullable(),
  recoveryWithoutCompensation: z.boolean().nullable(),
  legalReviewRequired: z.boolean(),
  evidence: z.string(),
});

export const resultDetail = z.object({
  runId: z.string(),
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  asOf: z.string(),
  parcel: resultItem.omit({ primaryCategory: true, metCriterionIds: true, classes: true, change: true }),
  primaryCategory,
  classes: z.array(z.string()),
  change: changeKind.nullable(),
  criteria: z.array(criterionRow),
  sanctions: sanctions.nullable(),
  candidateDisposals: z.array(z.string()),
  /** the facts the run evaluated (panhuo.parcel-facts/1 parcel) */
  facts: z.record(z.string(), z.unknown()),
});

export const factsToCollect = z.object({
  items: z.array(
    z.object({
      parcelId: z.string(),
      parcelCode: z.string(),
      parcelName: z.string(),
      criteria: z.array(z.object({ criterionId: z.string(), missing: z.array(missingFact) })),
    }),
  ),
  total: z.number().int(),
});

// ---- warnings and what-if ----

export const warningsQuery = z.object({
  jurisdictionCode,
  ruleSetId,
  horizonDays: z.coerce.number().int().min(1, '预警天数至少为 1').max(3650, '预警天数不超过 3650').default(90),
  asOf: isoDate.optional(),
});

export const warnings = z.object({
  jurisdictionCode: z.string(),
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  asOf: z.string(),
  horizonDays: z.number().int(),
  items: z.array(
    z.object({
      parcelId: z.string(),
      parcelCode: z.string(),
      parcelName: z.string(),
      criterionId: z.string(),
      category: criterionCategory,
      willBeMetOn: z.string(),
      daysLeft: z.number().int(),
      evidenceZh: z.string(),
    }),
  ),
});

export const whatIfInput = z.object({
  jurisdictionCode,
  ruleSetId,
  basedOnVersion: z.number().int().min(1, '基准版本号无效'),
  asOf: isoDate,
  changes: z.array(criterionChange).min(1, '请至少修改一项认定标准的参数'),
});
export type WhatIfInput = z.infer<typeof whatIfInput>;

export const whatIf = z.object({
  ruleSetId: z.string(),
  basedOnVersion: z.number().int(),
  asOf: z.string(),
  parcelCount: z.number().int(),
  changedCount: z.number().int(),
  changedArea_m2: z.number(),
  items: z.array(
    z.object({ parcelId: z.string(), parcelCode: z.string(), parcelName: z.string(), area_m2: z.number(), before: primaryCategory, after: primaryCategory }),
  ),
});
