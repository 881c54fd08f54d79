import { isIsoDate, reportKinds, type ReportKind } from '@panhuo/domain';
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

/** What an admin may change of a target: its periods' dates and figures (amount targets), and whether it is in use. */
export const targetUpdate = z.object({
  version: z.number({ error: '请提供读取时的版本号' }).int().min(1),
  active: z.boolean(),
  periods: z
    .array(
      z.object({
        id: z.string().trim().min(1, '请填写分期编号').max(20),
        labelZh: z.string().trim().min(1, '请填写分期名称').max(40),
        endDate: isoDate('分期截止日期'),
        parcels: figure('宗数').refine((n) => n === undefined || Number.isInteger(n), '宗数须为整数'),
        areaMu: figure('面积（亩）'),
      }),
    )
    .min(1, '至少要有一个分期')
    .max(24, '分期不能超过 24 个')
    .optional(),
  total: z.object({ parcels: figure('总宗数'), areaMu: figure('总面积（亩）') }).optional(),
});

export const target = z.object({
  id: z.string(),
  kind: z.enum(['AMOUNT', 'QUARTERLY_SCHEDULE', 'DISPOSAL_RATE', 'LINKAGE']),
  nameZh: z.string(),
  /** the CampaignTarget as packages/domain/src/campaign/types.ts types it */
  definition: z.record(z.string(), z.unknown()),
  yearlyTasks: z.array(z.object({ year: z.number(), areaMu: z.number(), sourceZh: z.string() })),
  active: z.boolean(),
  version: z.number(),
});
export const targetList = z.object({ campaignNameZh: z.string().nullable(), items: z.array(target) });

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
