/** The documents a case produces (DOMAIN.md §1.6, §3, §5.1, §8.1). */
export const documentKindLabels = {
  INVESTIGATION_NOTICE: '闲置土地调查通知书',
  IDLE_DETERMINATION: '闲置土地认定书',
  JD_REVIEW_FEEDBACK: '审定结果书面反馈',
  JD_DETERMINATION_NOTICE: '闲置低效工业用地认定告知书',
  HEARING_NOTICE: '听证告知书',
  FEE_DECISION: '征缴土地闲置费决定书',
  RECOVERY_DECISION: '收回国有建设用地使用权决定书',
  ENTERPRISE_FORM: '企业基本情况表',
  MEETING_MINUTES: '领导小组会议纪要',
} as const;

export type DocumentKind = keyof typeof documentKindLabels;
export const documentKinds = Object.keys(documentKindLabels) as DocumentKind[];

/** The documents each procedure produces for one case (the minutes belong to a meeting, not a case). */
export const caseDocumentKinds = {
  'JD-2022': ['ENTERPRISE_FORM', 'JD_REVIEW_FEEDBACK', 'JD_DETERMINATION_NOTICE'],
  'NAT-IDLE-2012': ['INVESTIGATION_NOTICE', 'IDLE_DETERMINATION', 'HEARING_NOTICE', 'FEE_DECISION', 'RECOVERY_DECISION', 'ENTERPRISE_FORM'],
} as const satisfies Record<string, readonly DocumentKind[]>;

/** The documents a case of the procedure `profileId` produces (none for an unknown procedure). */
export function documentKindsOfProcedure(profileId: string): readonly DocumentKind[] {
  return (caseDocumentKinds as Record<string, readonly DocumentKind[]>)[profileId] ?? [];
}

export const documentStatusLabels = {
  DRAFT: '草稿',
  ISSUED: '已签发',
  SERVED: '已送达',
  SUPERSEDED: '已被更正',
} as const;
export type DocumentStatus = keyof typeof documentStatusLabels;

/** 送达方式 — how a document reached the enterprise. */
export const serviceMethodLabels = {
  DIRECT: '直接送达',
  MAIL: '邮寄送达',
  ELECTRONIC: '电子送达',
  LEFT_AT_ADDRESS: '留置送达',
  PUBLIC_NOTICE: '公告送达',
} as const;
export type ServiceMethod = keyof typeof serviceMethodLabels;
