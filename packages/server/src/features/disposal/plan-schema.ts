import { z } from 'zod';
import { id, isoDate, measure, measureInput, measureStatuses, text, version } from './measure-schema.ts';

/** Request and response shapes of disposal plans (处置方案, 一地一策) and the method list. */

const planStatuses = ['DRAFT', 'SUBMITTED', 'APPROVED', 'CLOSED'] as const;
const stages = ['NO_PLAN', 'PLANNING', 'APPROVAL', 'NEGOTIATING', 'EXECUTING', 'MONITORING', 'REVITALISED', 'ESCALATED', 'FAILED'] as const;

export const planParams = z.object({ id: id('处置方案') });

export const methodsQuery = z.object({
  parcelId: id('地块'),
  /** the case the plan will come from; without it, the parcel's determined case or else the ledger */
  caseId: id('案件').optional(),
});

export const methodOption = z.object({
  code: z.string(),
  nameZh: z.string(),
  appliesToZh: z.string(),
  fields: z.array(z.string()),
  agreementTypes: z.array(z.string()).nullable(),
  deadlineFields: z.array(z.string()).nullable(),
  agreementParties: z.array(z.string()).nullable(),
  evidenceKind: z.string(),
  evidenceZh: z.string(),
  wordingZh: z.string(),
  sourceZh: z.string(),
  applicable: z.boolean(),
  whyZh: z.string(),
});

export const methodList = z.object({
  /** where the plan would come from and the parcel's situation the list was judged for */
  source: z.enum(['CASE', 'LEDGER']),
  caseId: z.string().nullable(),
  situation: z.object({ category: z.string(), idleCause: z.string().nullable(), wpClass: z.string().nullable(), seed: z.string().nullable() }),
  items: z.array(methodOption),
});

const planFields = {
  causeAnalysisZh: text('形成原因', 4000),
  responsibleUnitId: id('责任单位'),
  leaderPositionId: id('包保领导席位'),
  taskForceBodyId: id('工作专班').nullish(),
  deadline: isoDate('完成时限'),
};

export const planInput = z.object({
  parcelId: id('地块'),
  caseId: id('案件').optional(),
  ...planFields,
  measures: z.array(measureInput).max(20, '一个方案最多 20 项措施').default([]),
});

export const planUpdate = z.object({ version, ...planFields });

export const planActionInput = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('submit'), version: version.optional() }),
    z.object({
      action: z.literal('approve'),
      decidedOn: isoDate('批准日期'),
      bodyName: text('批准机关', 100),
      docNo: z.string().trim().max(100, '批准文号不能超过 100 字').nullish(),
      opinionZh: z.string().trim().max(2000, '审批意见不能超过 2000 字').nullish(),
      version: version.optional(),
    }),
    z.object({ action: z.literal('return'), reasonZh: z.string({ error: '请填写退回修改的理由' }).trim().max(2000, '理由不能超过 2000 字'), version: version.optional() }),
    z.object({ action: z.literal('close'), version: version.optional() }),
  ],
  { error: '未知的方案操作（submit、approve、return、close）' },
);
export type PlanActionBody = z.infer<typeof planActionInput>;

export const planListQuery = z.object({
  status: z.enum(planStatuses, '方案状态无效').optional(),
  zoneId: id('园区').optional(),
  stage: z.enum(stages, '处置阶段无效').optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const ref = z.object({ id: z.string(), name: z.string() });
const positionRef = z.object({ id: z.string(), title: z.string(), unitName: z.string(), holderName: z.string().nullable() });

export const planSummary = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  planNo: z.string(),
  status: z.enum(planStatuses),
  statusZh: z.string(),
  stage: z.enum(stages),
  stageZh: z.string(),
  parcel: z.object({ id: z.string(), code: z.string(), name: z.string(), area_m2: z.number() }),
  enterprise: ref.nullable(),
  zone: ref.nullable(),
  responsibleUnit: ref,
  leader: positionRef,
  measures: z.array(z.object({ id: z.string(), methodCode: z.string(), methodNameZh: z.string(), status: z.enum(measureStatuses) })),
  deadline: z.string(),
  overdue: z.boolean(),
  version: z.number(),
});

export const planList = z.object({ items: z.array(planSummary), total: z.number() });

export const plan = planSummary.omit({ measures: true }).extend({
  source: z.enum(['CASE', 'LEDGER']),
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  category: z.enum(['IDLE', 'INEFFICIENT']),
  idleCause: z.string().nullable(),
  wpClass: z.string().nullable(),
  causeAnalysisZh: z.string(),
  taskForce: ref.nullable(),
  returnedReason: z.string().nullable(),
  submittedOn: z.string().nullable(),
  approval: z.object({ bodyName: z.string(), decidedOn: z.string(), docNo: z.string().optional(), opinionZh: z.string() }).nullable(),
  closedOn: z.string().nullable(),
  /** the latest date a measure was revitalised; the case's own 盘活结案 is a separate step of its procedure */
  revitalisedOn: z.string().nullable(),
  measures: z.array(measure),
  taskCount: z.number(),
  history: z.array(
    z.object({ id: z.number(), action: z.string(), actionZh: z.string(), at: z.string(), actorName: z.string(), detail: z.record(z.string(), z.unknown()).nullable() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
