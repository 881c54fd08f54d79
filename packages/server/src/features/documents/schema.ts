import { z } from 'zod';
import { documentKindLabels, documentKinds, documentStatusLabels, serviceMethodLabels, type DocumentKind } from '@panhuo/domain';

/** zod for the documents API: the OfficialDocument a draft is edited as, and what the API answers. */

const kindEnum = z.enum(documentKinds as [DocumentKind, ...DocumentKind[]]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const line = (label: string, max = 20_000) => z.string().max(max, `${label}过长`);

const cell = z.object({ text: line('单元格内容', 2_000), colSpan: z.number().int().min(1).max(12).optional(), bold: z.boolean().optional(), align: z.enum(['left', 'center']).optional() });

export const documentBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), text: line('标题', 500) }),
  z.object({ type: z.literal('paragraph'), text: line('段落'), align: z.enum(['justify', 'center', 'right']).optional() }),
  z.object({ type: z.literal('table'), rows: z.array(z.array(cell).min(1)).min(1).max(500), columnWidths: z.array(z.number().positive()).max(12).optional() }),
  z.object({ type: z.literal('list'), items: z.array(line('列表项', 5_000)).max(200) }),
  z.object({ type: z.literal('signature'), label: line('签署栏', 200), signer: line('签署人', 200).optional(), date: isoDate.optional() }),
]);

export const officialDocument = z.object({
  kind: kindEnum,
  issuer: z.string().trim().min(1, '请填写发文机关').max(100),
  docNo: z.string().max(60).optional(),
  title: z.string().trim().min(1, '请填写标题').max(200),
  addressee: z.string().max(200).optional(),
  blocks: z.array(documentBlock).max(1_000),
  attachments: z.array(z.string().max(200)).max(50).optional(),
  signer: z.string().trim().min(1, '请填写落款').max(100),
  date: isoDate.optional(),
  copyTo: z.array(z.string().max(200)).max(50).optional(),
});

export const caseDocument = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  caseId: z.string().nullable(),
  kind: kindEnum,
  kindLabel: z.string(),
  status: z.enum(Object.keys(documentStatusLabels) as [keyof typeof documentStatusLabels, ...Array<keyof typeof documentStatusLabels>]),
  statusLabel: z.string(),
  content: officialDocument,
  /** facts still shown as （待补充：…）; issuing refuses while any is left */
  pendingFacts: z.array(z.string()),
  docNo: z.string().nullable(),
  issuerCode: z.string().nullable(),
  issuedOn: z.string().nullable(),
  servedOn: z.string().nullable(),
  servedMethod: z.enum(Object.keys(serviceMethodLabels) as [keyof typeof serviceMethodLabels, ...Array<keyof typeof serviceMethodLabels>]).nullable(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const meetingMinutesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const meetingMinutesList = z.object({ items: z.array(caseDocument), total: z.number() });

export const generateBody = z.object({ kind: kindEnum.refine((k) => k !== 'MEETING_MINUTES', { message: '会议纪要在领导小组审定时生成' }) });
export const updateBody = z.object({ content: officialDocument, version: z.number().int().min(1, '请提供读取时的版本号') });
export const issueBody = z.object({ issuerCode: z.string().trim().min(1, '请选择发文机关代字').max(20) });

export const issuingUnit = z.object({ jurisdictionCode: z.string(), code: z.string(), name: z.string(), sealName: z.string().nullable() });
export const issuingUnitBody = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '辖区代码应为 6 位数字').optional(),
  code: z.string().trim().min(1, '请填写机关代字').max(20, '机关代字不超过 20 个字').refine((c) => !/[〔〕[\]\s]/.test(c), '机关代字不得包含括号或空格'),
  name: z.string().trim().min(1, '请填写发文机关名称').max(100),
  sealName: z.string().trim().max(100).optional(),
});

export const idParams = z.object({ id: z.string().uuid('记录编号格式不正确') });
export const kindLabelOf = (k: DocumentKind) => documentKindLabels[k];
