import { z } from 'zod';
import type { ActionId } from '@panhuo/domain';

/**
 * The input of each action, checked before the machine sees it so that a malformed
 * request gets a Chinese message naming the field; the machine's guards then decide
 * whether the step is lawful.
 */

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const decimal = z.string().regex(/^\d+(\.\d{1,2})?$/, '金额应为元，最多两位小数');
const text = (label: string, max = 2000) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 字`);
const opinion = { opinion: z.string().trim().max(2000, '意见不能超过 2000 字').optional() };
const service = {
  ...opinion,
  documentId: z.uuid('请选择要送达的文书'),
  servedOn: isoDate,
  serviceMethod: z.enum(['DIRECT', 'MAIL', 'ELECTRONIC', 'PUBLIC_NOTICE', 'LEFT_AT_ADDRESS'], '请选择送达方式'),
};
const approval = z.object({ body: text('批准机关', 100), decidedOn: isoDate, docNo: z.string().trim().max(100).optional() }, '请填写政府批准情况');
const base = z.object(opinion);

export const actionInputSchemas: Record<ActionId, z.ZodType> = {
  startVerification: base,
  submitForm: z.object({
    ...opinion,
    proposedCriteria: z.array(z.string().min(1)).min(1, '请至少选择一项认定标准'),
    proposedDisposal: z.array(z.string().min(1)).min(1, '请至少选择一种拟处置方式'),
  }),
  groupReview: z.object({
    ...opinion,
    outcome: z.enum(['CONFIRM', 'REJECT'], '请选择审定结论'),
    meeting: z.object({ heldOn: isoDate, minutesDocumentId: z.uuid().optional() }, '请填写会议日期'),
  }),
  notifyReviewResult: z.object(service),
  receiveObjection: z.object({ ...opinion, receivedOn: isoDate }),
  startReverification: base,
  concludeReverification: z.object({ ...opinion, outcome: z.enum(['UPHOLD', 'OVERTURN'], '请选择核实结论') }),
  determine: z.object({ ...service, idleSince: isoDate.optional() }),
  clear: z.object({ opinion: text('撤销意见') }),
  closeRevitalised: z.object({ ...opinion, evidence: text('盘活依据'), revitalisedOn: isoDate.optional() }),
  serveInvestigationNotice: z.object(service),
  assessCause: z.object({
    ...opinion,
    cause: z.enum(['GOVERNMENT', 'ENTERPRISE'], '请选择闲置原因'),
    governmentCause: z
      .enum(['LATE_OR_NONCONFORMING_DELIVERY', 'PLAN_AMENDED', 'NEW_NATIONAL_POLICY', 'PETITIONS', 'MILITARY_OR_HERITAGE', 'OTHER_GOVERNMENT_ACT', 'FORCE_MAJEURE'], '请选择政府原因类型')
      .optional(),
    materialsReceivedOn: isoDate.optional(),
  }),
  publish: z.object({ ...opinion, publishedOn: isoDate, channel: text('公示渠道', 200), url: z.url('网址无效').optional() }),
  startNegotiation: base,
  serveHearingNotice: z.object({ ...service, sanction: z.enum(['FEE', 'RECOVERY'], '请选择拟作出的处理（征缴闲置费或收回）') }),
  requestHearing: z.object({ ...opinion, requestedOn: isoDate }),
  serveFeeDecision: z.object({ ...service, approval, hearingHeldOn: isoDate.optional(), landPriceYuan: decimal.optional() }),
  serveRecoveryDecision: z.object({ ...service, approval, hearingHeldOn: isoDate.optional() }),
  recordPayment: z.object({ ...opinion, paidOn: isoDate, amountYuan: decimal }),
  recordAppeal: z.object({ ...opinion, kind: z.enum(['REVIEW', 'LITIGATION'], '请选择行政复议或行政诉讼'), filedOn: isoDate }),
  concludeAppeal: z.object({ ...opinion, outcome: z.enum(['UPHELD', 'REVOKED'], '请选择复议或诉讼结果'), concludedOn: isoDate }),
  startEnforcement: z.object({ ...opinion, appliedOn: isoDate.optional() }),
  recordRecovery: z.object({ ...opinion, deregisteredOn: isoDate }),
  close: base,
};

export const actionIds = Object.keys(actionInputSchemas) as [ActionId, ...ActionId[]];
