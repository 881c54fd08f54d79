import { z } from 'zod';
import { caseProfileIds, restrictionCatalogue, type RestrictionType } from '@panhuo/domain';
import { actionIds, isoDate } from './action-schemas.ts';
import { attachment, inspection } from '../inspections/schema.ts';

/** Request and response shapes of the procedure's API (docs/design/determination.md). */

const jurisdictionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');
const profileId = z.enum(caseProfileIds, '请选择认定程序');
const category = z.enum(['IDLE', 'INEFFICIENT'], '请选择闲置或低效');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const idParams = z.object({ id: z.uuid('案件编号无效') });
export const dateParams = z.object({ date: isoDate });

export const caseListQuery = z.object({
  jurisdictionCode: jurisdictionCode.optional(),
  state: z.string().max(40).optional(),
  profile: profileId.optional(),
  category: category.optional(),
  assignee: z.union([z.literal('ME'), z.literal('NONE'), z.uuid('承办人编号无效')]).optional(),
  overdue: bool.optional(),
  open: bool.optional(),
  parcelId: z.uuid('地块编号无效').optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const deadline = z.object({ kind: z.string(), label: z.string(), dueOn: z.string() });

export const caseListItem = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  caseNo: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  category,
  state: z.string(),
  stateLabel: z.string(),
  open: z.boolean(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  parcel: z.object({ id: z.string(), code: z.string(), name: z.string(), area_m2: z.number(), zoneName: z.string().nullable() }),
  enterprise: z.object({ id: z.string(), name: z.string() }).nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  nextDeadline: deadline.nullable(),
  overdue: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

export const caseList = z.object({ items: z.array(caseListItem), total: z.number() });

export const openCaseInput = z.object({
  parcelId: z.uuid('请选择地块'),
  category,
  profileId: profileId.optional(),
  note: z.string().trim().max(2000, '立案说明不能超过 2000 字').optional(),
  assigneeUserId: z.uuid('承办人编号无效').optional(),
});

export const openFromResultsInput = z.object({
  runId: z.uuid('认定批次编号无效'),
  parcelIds: z.array(z.uuid('地块编号无效')).min(1, '请至少选择一宗地块').max(500, '一次最多立案 500 宗'),
  assigneeUserId: z.uuid('承办人编号无效').optional(),
});

export const openFromResultsOutput = z.object({
  opened: z.array(z.object({ id: z.string(), caseNo: z.string(), parcelId: z.string(), parcelCode: z.string() })),
  skipped: z.array(
    z.object({ parcelId: z.string(), parcelCode: z.string().nullable(), reason: z.string(), caseId: z.string().optional(), caseNo: z.string().optional() }),
  ),
});

export const actionBody = z.object({
  action: z.enum(actionIds, '未知的办理操作'),
  version: z.number().int().min(1, '版本号无效'),
  opinion: z.string().trim().max(2000, '意见不能超过 2000 字').optional(),
  input: z.record(z.string(), z.unknown()).default({}),
});

export const assignBody = z.object({ assigneeUserId: z.uuid('承办人编号无效').nullable(), version: z.number().int().min(1) });

export const batchReviewInput = z.object({
  caseIds: z.array(z.uuid('案件编号无效')).min(1, '请至少选择一个案件').max(100, '一次会议最多审定 100 个案件'),
  outcome: z.enum(['CONFIRM', 'REJECT'], '请选择审定结论'),
  opinion: z.string().trim().max(2000).optional(),
  meeting: z.object({
    heldOn: isoDate,
    place: z.string().trim().min(1, '请填写会议地点').max(200),
    host: z.string().trim().max(100).optional(),
    attendees: z.array(z.string().trim().min(1).max(100)).min(1, '请填写出席人员'),
    topics: z.string().trim().max(2000).default(''),
  }),
});

const allowedAction = z.object({
  action: z.string(),
  label: z.string(),
  allowed: z.boolean(),
  reason: z.string().optional(),
  code: z.string().optional(),
  serves: z.string().optional(),
});

const restrictionItem = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string().nullable() }),
  case: z.object({ id: z.string(), caseNo: z.string() }),
  type: z.string(),
  typeLabel: z.string(),
  department: z.string(),
  since: z.string(),
  liftedOn: z.string().nullable(),
  liftReason: z.string().nullable(),
  active: z.boolean(),
});

const publicationItem = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  parcelId: z.string(),
  parcelCode: z.string(),
  parcelName: z.string(),
  enterpriseName: z.string().nullable(),
  publishedOn: z.string(),
  channel: z.string(),
  url: z.string().nullable(),
  content: z.string(),
});

export const caseDetail = caseListItem.omit({ parcel: true, enterprise: true }).extend({
  states: z.array(z.object({ state: z.string(), label: z.string() })),
  origin: z.object({
    kind: z.enum(['MANUAL', 'IDENTIFICATION']),
    note: z.string().optional(),
    runId: z.string().optional(),
    ruleSetId: z.string().optional(),
    ruleSetVersion: z.number().optional(),
    asOf: z.string().optional(),
    primaryCategory: z.string().optional(),
    metCriteria: z.array(z.string()).optional(),
  }),
  // the machine's CaseSnapshot (counts, outcomes, cause, sanction, fee, service records)
  snapshot: z.looseObject({ profile: z.string(), state: z.string() }),
  parcel: z
    .object({
      id: z.string(),
      jurisdictionCode: z.string(),
      code: z.string(),
      name: z.string(),
      location: z.string().nullable(),
      zoneId: z.string().nullable(),
      zoneName: z.string().nullable(),
      enterpriseId: z.string().nullable(),
      area_m2: z.number(),
      plannedUse: z.string().nullable(),
      stage: z.string(),
      acquisitionMode: z.string().nullable(),
      acquisitionDate: z.string().nullable(),
      deliveryDate: z.string().nullable(),
      landPriceYuan: z.number().nullable(),
      landPriceText: z.string().nullable(),
      agreedStartDate: z.string().nullable(),
      agreedCompletionDate: z.string().nullable(),
      started: z.boolean().nullable(),
      actualStartDate: z.string().nullable(),
      operationsStatus: z.string().nullable(),
      idleCauseType: z.string().nullable(),
    })
    .nullable(),
  enterprise: z
    .object({ id: z.string(), name: z.string(), uscc: z.string().nullable(), legalRepresentative: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() })
    .nullable(),
  deadlines: z.array(deadline.extend({ basis: z.string(), overdue: z.boolean() })),
  timeline: z.array(
    z.object({
      seq: z.number(),
      action: z.string(),
      label: z.string(),
      fromState: z.string().nullable(),
      fromStateLabel: z.string().nullable(),
      toState: z.string(),
      toStateLabel: z.string(),
      actionOn: z.string(),
      actorName: z.string(),
      occurredAt: z.string(),
      opinion: z.string().nullable(),
      input: z.record(z.string(), z.unknown()),
      documentId: z.string().nullable(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      status: z.string(),
      title: z.string().nullable(),
      docNo: z.string().nullable(),
      issuerCode: z.string().nullable(),
      issuedOn: z.string().nullable(),
      servedOn: z.string().nullable(),
      servedMethod: z.string().nullable(),
      servedMethodLabel: z.string().nullable(),
      supersedes: z.string().nullable(),
      supersededBy: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  attachments: z.array(attachment),
  inspections: z.array(inspection),
  restrictions: z.array(restrictionItem),
  publications: z.array(publicationItem),
  allowedActions: z.array(allowedAction),
  today: z.string(),
});

export const batchReviewOutput = z.object({ minutesDocumentId: z.string(), cases: z.array(caseListItem) });

export const summaryQuery = z.object({ jurisdictionCode: jurisdictionCode.optional() });
export const summaryOutput = z.object({
  today: z.string(),
  total: z.number(),
  open: z.number(),
  byState: z.array(z.object({ profileId: z.string(), profileName: z.string(), state: z.string(), stateLabel: z.string(), count: z.number() })),
  overdueCount: z.number(),
  dueSoonCount: z.number(),
  overdueDeadlines: z.array(
    z.object({ caseId: z.string(), caseNo: z.string(), parcelCode: z.string(), parcelName: z.string(), state: z.string(), stateLabel: z.string(), profileId: z.string(), kind: z.string(), label: z.string(), dueOn: z.string() }),
  ),
});

export const todoOutput = z.object({ basis: z.enum(['ASSIGNED', 'SCOPE']), today: z.string(), items: z.array(caseListItem) });

const workingCalendarSettings = {
  objectionWorkingDays: z.number().int().min(1, '异议期至少 1 个工作日').max(60),
  investigationStartDays: z.number().int().min(1).max(365),
  materialsDays: z.number().int().min(1).max(365),
  hearingRequestWorkingDays: z.number().int().min(1).max(60),
  paymentDays: z.number().int().min(1).max(365),
  deregistrationDays: z.number().int().min(1).max(365),
};

export const caseSettingsSchema = z.object({
  ...workingCalendarSettings,
  idleFeeRate: z.string().regex(/^0(\.\d{1,4})?$/, '闲置费比例应为 0 至 0.2 之间的小数').refine((v) => Number(v) > 0 && Number(v) <= 0.2, '土地闲置费不得超过土地出让或划拨价款的 20%'),
  // the department that enforces each P-JD04 flag in this county, where it differs from the catalogue's
  restrictionDepartments: z
    .partialRecord(z.enum(restrictionCatalogue.map((e) => e.type) as [RestrictionType, ...RestrictionType[]], '未知的限制措施类型'), z.string().trim().min(1, '请填写责任部门').max(100))
    .optional(),
  profileFor: z.object({ IDLE: profileId, INEFFICIENT: profileId }),
});

export const caseSettingsQuery = z.object({ jurisdictionCode: jurisdictionCode.optional() });
export const caseSettingsOutput = z.object({
  jurisdictionCode: z.string(),
  version: z.number(),
  /** the ancestor whose settings apply while the jurisdiction has none of its own */
  inheritedFrom: z.string().nullable(),
  settings: caseSettingsSchema,
});
export const caseSettingsInput = z.object({ jurisdictionCode: jurisdictionCode.optional(), version: z.number().int().min(0), settings: caseSettingsSchema });

export const calendarQuery = z.object({ year: z.coerce.number().int().min(2000, '年份无效').max(2100, '年份无效') });
const calendarDay = z.object({ date: z.string(), kind: z.enum(['HOLIDAY', 'WORKDAY']), name: z.string() });
export const calendarOutput = z.object({ year: z.number(), days: z.array(calendarDay) });
export const calendarDayInput = z.object({ kind: z.enum(['HOLIDAY', 'WORKDAY'], '请选择节假日或调休上班日'), name: z.string().trim().max(40, '名称不能超过 40 字').default('') });
export { calendarDay };

export const restrictionQuery = z.object({
  jurisdictionCode: jurisdictionCode.optional(),
  department: z.string().trim().max(100).optional(),
  active: bool.optional(),
  enterpriseId: z.uuid('企业编号无效').optional(),
});
export const restrictionListQuery = restrictionQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const restrictionList = z.object({ items: z.array(restrictionItem), total: z.number() });

export const publicationQuery = z.object({
  jurisdictionCode: jurisdictionCode.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const publicationList = z.object({ items: z.array(publicationItem), total: z.number() });
