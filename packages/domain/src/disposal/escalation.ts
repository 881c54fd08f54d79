/**
 * What a broken agreement leads to (D7b, docs/design/disposal.md §1). Only two seeds say
 * it: Wuping recovers the land (D-WP01 → D-WP04) and Yongning blacklists the enterprise
 * and then purchases the land (D-YN05 → credit blacklist + D-YN02, situation c). Every
 * other method escalates with the reason the user gives and no automatic follow-up.
 */
import { disposalMethod } from './catalogue.ts';
import { SOURCES } from './catalogue/define.ts';

export interface Escalation {
  kind: 'RECOVERY' | 'CREDIT_BLACKLIST' | 'OTHER';
  /** the catalogue method the server opens as the follow-up measure */
  followUpMethod?: string;
  /** the seed's sentence that makes this the consequence */
  basisZh: string;
  sourceZh: string;
  /** what to record on the follow-up measure */
  followUpNotesZh?: string;
}

const seedEscalations: Readonly<Record<string, Escalation>> = {
  'D-WP01': {
    kind: 'RECOVERY',
    followUpMethod: 'D-WP04',
    basisZh:
      '…未达到限期开发三方协议约定要求的，或土地使用权人拒绝签订限期开发三方协议的，由县自然资源局提出申请，报县政府审批，协议收回土地使用权。',
    sourceZh: SOURCES.WP,
    followUpNotesZh: '未达到限期开发三方协议约定要求，由县自然资源局提出申请，报县政府审批。',
  },
  'D-YN05': {
    kind: 'CREDIT_BLACKLIST',
    followUpMethod: 'D-YN02',
    basisZh: '若在规定时限内未达到限期开发协议完成要求或土地使用权人拒绝签订协议的，列入全县社会信用黑名单。',
    sourceZh: SOURCES.YN,
    followUpNotesZh: '依法收购情形（c）：未在约定期限内完成开发。',
  },
};

export function escalationOf(methodCode: string): Escalation {
  const known = seedEscalations[methodCode];
  if (known) return known;
  return {
    kind: 'OTHER',
    basisZh: '该处置方式的依据未规定未履约时的后续措施，按升级处置理由另行研究处置。',
    sourceZh: disposalMethod(methodCode)?.sourceZh ?? '',
  };
}
