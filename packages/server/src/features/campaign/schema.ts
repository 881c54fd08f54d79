import { builtInCampaignTargets, isIsoDate, reportKinds, stockKindLabels, type ReportKind, type StockKind } from '@panhuo/domain';
import { z } from 'zod';
import { task } from '../disposal/task-schema.ts';

/** Request and response schemas of the campaign (攻坚调度): targets, dashboard, reports. */

const isoDate = (what: string) => z.string({ error: `请填写${what}` }).refine(isIsoDate, `${what}不是有效日期（YYYY-MM-DD）`);
const jurisdictionCode = z.string().regex(/^\d{6}$/, '辖区代码应为 6 位数字').optional();

export const dashboardQuery = z.object({ asOf: isoDate('统计日期').optional(), jurisdictionCode });
export const targetsQuery = z.object({ jurisdictionCode });
export const targetParams = z.object({ id: z.string().min(1).max(60) });
export const reportParams = z.object({ id: z.uuid('报表编号无效') });

const figure = (what: string) => z.number({ error: `${what}须为数字` }).nonnegative(`${what}不能为负数`).optional();

export const target = z.object({
  id: z.string(),
  kind: z.enum(['AMOUNT', 'QUARTERLY_SCHEDULE', 'DISPOSAL_RATE', 'LINKAGE']),
  nameZh: z.string(),
  /** the CampaignTarget as packages/domain/src/campaign/types.ts types it */
  definition: z.record(z.string(), z.unknown()),
  yearlyTasks: z.array(z.object({ year: z.number(), areaMu: z.number(), sourceZh: z.string() })),
  active: z.boolean(),
  version: z.number(),
  /** 全县 / the war zone's or the unit's name */
  scopeZh: z.string(),
});
export const targetList = z.object({
  jurisdictionCode: z.string(),
  campaignNameZh: z.string().nullable(),
  issuerNameZh: z.string().nullable(),
  campaignVersion: z.number().nullable(),
  items: z.array(target),
});

export const reportInput = z.object({ kind: z.enum(reportKinds as [ReportKind, ...ReportKind[]], { error: '报表种类无效' }), asOf: isoDate('统计日期').optional(), jurisdictionCode });
export const report = z.object({
  id: z.string(),
  kind: z.enum(reportKinds as [ReportKind, ...ReportKind[]]),
  kindZh: z.string(),
  titleZh: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  generatedAt: z.string(),
  generatorName: z.string(),
  scheduled: z.boolean(),
});
export const reportList = z.object({ items: z.array(report) });

/** The dashboard; target and rate cards carry the domain's TargetAchievement / RateAchievement / LinkageOutcome as they are (packages/domain/src/campaign). */
export const dashboard = z.object({
  asOf: z.string(),
  jurisdictionCode: z.string(),
  campaignNameZh: z.string().nullable(),
  issuerNameZh: z.string().nullable(),
  totals: z.object({ plans: z.number(), openPlans: z.number(), revitalisedParcels: z.number(), revitalisedMu: z.number(), overdueTasks: z.number() }),
  targets: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['AMOUNT', 'QUARTERLY_SCHEDULE']),
      nameZh: z.string(),
      documentZh: z.string(),
      wordingZh: z.string(),
      readingZh: z.string(),
      achievement: z.unknown(),
    }),
  ),
  rates: z.array(z.unknown()),
  linkage: z.array(z.unknown()),
  byWarZone: z.array(
    z.object({
      warZoneId: z.string(),
      nameZh: z.string(),
      allocated: z.boolean(),
      targetParcels: z.number().optional(),
      targetMu: z.number().optional(),
      achievedParcels: z.number(),
      achievedMu: z.number(),
      openPlans: z.number(),
      overdueTasks: z.number(),
    }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      nameZh: z.string(),
      achievedParcels: z.number(),
      achievedMu: z.number(),
      openPlans: z.number(),
      openTasks: z.number(),
      overdueTasks: z.number(),
      rank: z.number(),
      standing: z.enum(['ADVANCED', 'LAGGING', 'NORMAL']),
    }),
  ),
  stages: z.array(z.object({ stage: z.string(), labelZh: z.string(), parcels: z.number(), areaMu: z.number() })),
  overdueTasks: z.array(task),
});

// ---- 攻坚目标设置: the campaign, targets created as data, the denominators and quotas

const text = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);
const targetId = z.string({ error: '请填写目标编号' }).regex(/^[A-Z0-9-]{2,40}$/, '目标编号应为 2–40 位大写字母、数字或连字符（如 QL-QUARTERS）');
const percent = (what: string) =>
  z
    .number({ error: `${what}须为数字（百分数，如 18 表示 18%）` })
    .gt(0, `${what}须大于 0`)
    .max(100, `${what}不能超过 100%`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${what}最多保留两位小数`);
const stockKind = z.enum(Object.keys(stockKindLabels) as [StockKind, ...StockKind[]], { error: '存量土地类别无效' });
const m2 = (what: string) =>
  z
    .number({ error: `${what}须为数字（平方米）` })
    .nonnegative(`${what}不能为负数`)
    .max(1e12, `${what}过大`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${what}最多保留两位小数（平方米）`);
const year = z.coerce.number({ error: '年度须为数字' }).int('年度须为整数').min(2000, '年度应在 2000–2100 年之间').max(2100, '年度应在 2000–2100 年之间');

export const campaignInput = z.object({
  jurisdictionCode,
  name: text('攻坚行动名称', 100),
  issuerName: text('发文机关（指挥部办公室）', 100),
  version: z.number({ error: '版本号须为数字' }).int().min(1).optional(),
});
export const campaign = z.object({ jurisdictionCode: z.string(), nameZh: z.string(), issuerNameZh: z.string(), version: z.number() });

const source = z.object(
  { documentZh: text('发文文号（来源文件）', 200), wordingZh: text('原文表述', 4000), readingZh: z.string().trim().max(4000, '平台解读不能超过 4000 个字').default('') },
  { error: '请填写目标来源（文件、原文表述、平台解读）' },
);
const period = z.object({
  id: z.string({ error: '请填写分期编号' }).regex(/^[A-Za-z0-9-]{1,20}$/, '分期编号应为 1–20 位字母、数字或连字符'),
  labelZh: text('分期名称', 40),
  wordingZh: z.string().trim().max(1000, '分期原文不能超过 1000 个字').optional(),
  endDate: isoDate('分期截止日期'),
  parcels: figure('宗数').refine((n) => n === undefined || Number.isInteger(n), '宗数须为整数'),
  areaMu: figure('面积（亩）'),
});
const periods = z.array(period).min(1, '至少要有一个分期').max(24, '分期不能超过 24 个');
const total = z.object({ parcels: figure('总宗数').refine((n) => n === undefined || Number.isInteger(n), '总宗数须为整数'), areaMu: figure('总面积（亩）') });
const scope = z.object({ warZoneId: z.string().optional(), unitId: z.string().optional() });
const yearlyTasks = z.array(z.object({ year, areaMu: z.number({ error: '请填写年度任务面积（亩）' }).nonnegative('年度任务面积不能为负数'), sourceZh: text('年度任务来源', 500) })).max(20);

const amountInput = z.object({
  kind: z.literal('AMOUNT'),
  jurisdictionCode,
  id: targetId,
  nameZh: text('目标名称', 100),
  basis: z.enum(['INCREMENTAL', 'CUMULATIVE'], { error: '口径须为分期增量（INCREMENTAL）或累计（CUMULATIVE）' }),
  countingStart: isoDate('起算日期'),
  periods,
  total: total.optional(),
  stockKinds: z.array(stockKind).max(4).optional(),
  scope: scope.optional(),
  source,
});
const rateInput = z.object({
  kind: z.literal('DISPOSAL_RATE'),
  jurisdictionCode,
  id: targetId,
  nameZh: text('目标名称', 100),
  stockKind,
  minSharePercent: percent('处置率目标'),
  denominatorDescriptionZh: z.string().trim().max(200, '分母说明不能超过 200 个字').optional(),
  status: z.enum(['IN_FORCE', 'DRAFT'], { error: '状态须为施行（IN_FORCE）或草案（DRAFT）' }).default('IN_FORCE'),
  source,
});
const linkageInput = z.object({
  kind: z.literal('LINKAGE'),
  jurisdictionCode,
  id: targetId,
  nameZh: text('目标名称', 100),
  rewardSharePercent: percent('奖励比例'),
  penaltySharePercent: percent('核减比例'),
  taskTargetIds: z.array(targetId).min(1, '请选择构成“增存挂钩任务”的处置率目标').max(10),
  quotaDescriptionZh: text('指标基数说明', 200),
  source,
});
const builtInInput = z.object({
  kind: z.literal('BUILT_IN'),
  jurisdictionCode,
  fromBuiltIn: z.enum(builtInCampaignTargets.map((t) => t.id) as [string, ...string[]], { error: `示例目标不存在（可选：${builtInCampaignTargets.map((t) => t.id).join('、')}）` }),
  /** the new target's id; the seed's own when absent */
  id: targetId.optional(),
});

/** POST /campaign/targets: a target typed in, or one of the seeds' targets as a template (`{ fromBuiltIn }`). */
export const targetCreate = z.discriminatedUnion('kind', [amountInput, rateInput, linkageInput, builtInInput], {
  error: '请指定目标种类 kind（AMOUNT 分期数量、DISPOSAL_RATE 处置率、LINKAGE 增存挂钩），或以 fromBuiltIn 选择示例方案',
});
export type TargetCreate = z.infer<typeof targetCreate>;

/** PUT /campaign/targets/:id: whether it is in use, and the fields its kind has. */
export const targetChange = z.object({
  version: z.number({ error: '请提供读取时的版本号' }).int().min(1),
  active: z.boolean({ error: '请说明目标是否启用（active）' }),
  nameZh: text('目标名称', 100).optional(),
  source: source.optional(),
  // AMOUNT
  basis: z.enum(['INCREMENTAL', 'CUMULATIVE'], { error: '口径须为分期增量（INCREMENTAL）或累计（CUMULATIVE）' }).optional(),
  countingStart: isoDate('起算日期').optional(),
  periods: periods.optional(),
  total: total.optional(),
  scope: scope.optional(),
  // DISPOSAL_RATE
  minSharePercent: percent('处置率目标').optional(),
  status: z.enum(['IN_FORCE', 'DRAFT'], { error: '状态须为施行（IN_FORCE）或草案（DRAFT）' }).optional(),
  denominatorDescriptionZh: z.string().trim().max(200, '分母说明不能超过 200 个字').optional(),
  // QUARTERLY_SCHEDULE
  yearlyTasks: yearlyTasks.optional(),
});
export type TargetChange = z.infer<typeof targetChange>;

export const targetWriteQuery = z.object({ jurisdictionCode });
export const rateBaseParams = z.object({ year, stockKind });
export const quotaParams = z.object({ year });
export const rateBaseInput = z.object({ jurisdictionCode, area_m2: m2('年初存量面积'), source: text('数据来源', 500) });
export const quotaInput = z.object({ jurisdictionCode, quota_m2: m2('新增建设用地计划指标'), source: text('数据来源', 500) });
export const basesQuery = z.object({ jurisdictionCode });

export const rateBase = z.object({ year: z.number(), stockKind, stockKindZh: z.string(), area_m2: z.number(), areaMu: z.number(), area_ha: z.number(), source: z.string() });
export const rateBaseList = z.object({ jurisdictionCode: z.string(), items: z.array(rateBase) });
export const quota = z.object({ year: z.number(), quota_m2: z.number(), quotaMu: z.number(), quota_ha: z.number(), source: z.string() });
export const quotaList = z.object({ jurisdictionCode: z.string(), items: z.array(quota) });
