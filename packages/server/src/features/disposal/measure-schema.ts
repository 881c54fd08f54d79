import { isIsoDate } from '@panhuo/domain';
import { z } from 'zod';

/**
 * Request and response shapes of disposal measures (处置措施). The §4.8 data is checked for
 * its shape here and for its meaning by the domain (validateMeasureData), which names the
 * field in Chinese; money is a decimal string in yuan (a number is accepted and converted).
 */

export const id = (what: string) => z.uuid(`${what}编号无效`);
export const version = z.number({ error: '请提供读取时的版本号' }).int().min(1, '版本号无效');
export const isoDate = (what: string) => z.string({ error: `请填写${what}` }).refine(isIsoDate, `${what}不是有效日期（YYYY-MM-DD）`);
export const text = (what: string, max: number) =>
  z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 字`);
const optionalText = (what: string, max: number) => z.string().trim().max(max, `${what}不能超过 ${max} 字`);
const yuan = (what: string) =>
  z.union([z.string().trim(), z.number().finite().transform((n) => String(n))], { error: `${what}应为金额（元）` });
const area = (what: string) => z.number({ error: `${what}应为数字（平方米）` }).finite();

export const agreementTypes = ['THREE_PARTY', 'SUPPLEMENTARY', 'SUPERVISION_CONTRACT', 'DEADLINE_DEVELOPMENT', 'EFFICIENCY_IMPROVEMENT', 'PURCHASE', 'RECOVERY'] as const;
export const evidenceKinds = ['CONSTRUCTION_STARTED', 'TRANSFER_REGISTERED', 'REGISTRATION_CANCELLED', 'FEE_PAID', 'PRODUCTION_RESUMED', 'SPLIT_REGISTERED'] as const;
export const measureStatuses = ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING', 'REVITALISED', 'ESCALATED', 'FAILED', 'CANCELLED'] as const;

interface Kinds {
  date: (what: string) => z.ZodType<string>;
  money: (what: string) => z.ZodType<string, unknown>;
  str: (what: string, max: number) => z.ZodType<string>;
}

/** The §4.8 data, for input (dates checked, text trimmed, money converted) or output (as stored). */
function measureDataShape({ date, money, str }: Kinds) {
  const agreement = z.object({
    type: z.enum(agreementTypes, '协议类型无效'),
    signedAt: date('协议签订日期').optional(),
    parties: z.array(str('当事人名称', 100)).max(10, '当事人不能超过 10 方'),
    docNo: str('协议编号', 100).optional(),
    termsZh: str('协议主要内容', 4000).optional(),
  });
  return {
    counterparty: z.object({ name: str('名称', 200), uscc: str('统一社会信用代码', 18).optional() }).optional(),
    agreement: agreement.optional(),
    valuation: z
      .object({
        landBasis: z.enum(['BENCHMARK_LAND_PRICE', 'ACTUAL_ACQUISITION_COST', 'MARKET_APPRAISAL', 'NEGOTIATED'], '土地价格依据无效'),
        landValue_yuan: money('土地价格').optional(),
        buildingBasis: z.enum(['REPLACEMENT_COST', 'APPRAISAL'], '地上建筑物价格依据无效').optional(),
        buildingValue_yuan: money('地上建筑物价格').optional(),
        movablesExcluded: z.boolean().optional(),
      })
      .optional(),
    areaSplit: z.object({ retained_m2: area('保留面积'), transferred_m2: area('分割面积'), geometryRef: str('图形编号', 200).optional() }).optional(),
    fee: z
      .object({
        kind: z.enum(['IDLE_LAND_FEE', 'TAX_ARREARS', 'LATE_FEE'], '费用类别无效'),
        amount_yuan: money('金额'),
        rate: z.number().min(0).max(1, '比例应为 0–1 之间的小数').optional(),
        dueAt: date('缴纳期限').optional(),
        paidAt: date('缴纳日期').optional(),
      })
      .optional(),
    newDeadlines: z
      .object({
        start: date('动工期限').optional(),
        completion: date('竣工期限').optional(),
        production: date('投产（达产）期限').optional(),
        temporaryUseFrom: date('临时使用起始日期').optional(),
        temporaryUseUntil: date('临时使用截止日期').optional(),
      })
      .optional(),
    approvals: z
      .array(z.object({ body: str('审批机关', 100), decidedAt: date('审批日期'), docNo: str('批准文号', 100).optional() }))
      .max(20, '审批记录不能超过 20 条')
      .optional(),
    notesZh: str('备注', 4000).optional(),
  };
}

const inputData = measureDataShape({ date: isoDate, money: yuan, str: optionalText });
const outputData = measureDataShape({ date: () => z.string(), money: () => z.string(), str: () => z.string() });
export const agreement = inputData.agreement.unwrap();

/** A form leaves empty fields null; they mean "not given", like absent ones. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

const measureFields = z.object({
  methodCode: z.string({ error: '请选择处置方式' }).trim().min(1, '请选择处置方式').max(20),
  deadline: isoDate('措施完成时限').optional(),
  responsibleUnitId: id('责任单位').optional(),
  responsiblePositionId: id('责任席位').optional(),
  ...inputData,
});

export const measureInput = z.preprocess(withoutNulls, measureFields);
export const measureUpdate = z.preprocess(withoutNulls, measureFields.extend({ version }));
export type MeasureInput = z.infer<typeof measureFields>;

const evidenceInput = z.object({
  kind: z.enum(evidenceKinds, '证明材料类别无效'),
  on: isoDate('证明材料日期'),
  referenceZh: optionalText('登记证号或文号', 200).default(''),
  noteZh: optionalText('说明', 2000).optional(),
  fileIds: z.array(z.string().regex(/^[0-9a-fA-F]{64}$/, '文件编号无效')).max(20, '文件不能超过 20 个').optional(),
});

const on = isoDate('日期');
const reason = z.string({ error: '请填写理由' }).trim().max(2000, '理由不能超过 2000 字');
const optionalVersion = { version: version.optional() };

/** MeasureAction of the domain, with the version read (optional) and, on revitalise, the uploaded files. */
export const measureActionInput = z.preprocess(
  withoutNulls,
  z.discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('startNegotiation'), on, ...optionalVersion }),
      z.object({ action: z.literal('signAgreement'), on, agreement, ...optionalVersion }),
      z.object({ action: z.literal('startExecution'), on, ...optionalVersion }),
      z.object({ action: z.literal('startMonitoring'), on, ...optionalVersion }),
      z.object({
        action: z.literal('revitalise'),
        on,
        area_m2: z.number({ error: '请填写盘活面积（平方米）' }).finite(),
        evidence: evidenceInput,
        fileIds: z.array(z.string().regex(/^[0-9a-fA-F]{64}$/, '文件编号无效')).max(20, '文件不能超过 20 个').optional(),
        ...optionalVersion,
      }),
      z.object({ action: z.literal('escalate'), on, reasonZh: reason, ...optionalVersion }),
      z.object({ action: z.literal('fail'), on, reasonZh: reason, ...optionalVersion }),
      z.object({ action: z.literal('cancel'), on, reasonZh: reason, ...optionalVersion }),
    ],
    { error: '未知的措施操作' },
  ),
);
export type MeasureActionInput = z.infer<typeof measureActionInput>;

// ---- responses

const fileRef = z.object({ id: z.string(), originalName: z.string() });

export const measureEvent = z.object({
  id: z.string(),
  action: z.string(),
  actionZh: z.string(),
  on: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
});

const dataOut = z.object(outputData);

export const measure = dataOut.extend({
  id: z.string(),
  planId: z.string(),
  ordinal: z.number(),
  methodCode: z.string(),
  methodNameZh: z.string(),
  status: z.enum(measureStatuses),
  statusZh: z.string(),
  statusSince: z.string(),
  deadline: z.string().nullable(),
  responsibleUnitId: z.string().nullable(),
  responsiblePositionId: z.string().nullable(),
  fields: z.array(z.string()),
  agreementTypes: z.array(z.string()).nullable(),
  evidenceKind: z.string(),
  evidenceZh: z.string(),
  legalBasis: z.string(),
  sourceZh: z.string(),
  revitalisedOn: z.string().nullable(),
  revitalisedArea_m2: z.number().nullable(),
  evidence: z
    .object({ kind: z.string(), kindZh: z.string(), on: z.string(), referenceZh: z.string(), noteZh: z.string().optional(), fileIds: z.array(z.string()), files: z.array(fileRef) })
    .nullable(),
  outcomeReason: z.string().nullable(),
  escalatedFromId: z.string().nullable(),
  /** the actions the measure's state allows (the plan's state and the input are checked when one is taken) */
  allowedActions: z.array(z.object({ action: z.string(), labelZh: z.string() })),
  events: z.array(measureEvent),
  version: z.number(),
});

export const blacklistEntry = z.object({
  id: z.string(),
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  listedOn: z.string(),
  basisZh: z.string(),
  sourceZh: z.string(),
  planId: z.string(),
  measureId: z.string(),
});

export const measureActionResult = z.object({
  measure,
  followUp: measure.optional(),
  blacklistEntry: blacklistEntry.optional(),
});

export const measureParams = z.object({ id: id('措施') });
