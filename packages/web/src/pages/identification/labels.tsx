/**
 * How identification results read on screen: category and status tags, sanctions,
 * the ledger place where a missing fact is filled in, and Chinese labels for the
 * thresholds of a rule set's criteria.
 */
import { Link } from 'react-router-dom';
import { Tag, Tooltip } from 'antd';
import { PRIMARY_CATEGORY_ZH, type CriterionCategory, type CriterionStatus, type PrimaryCategory } from '@panhuo/domain';
import type { ChangeKind, MissingFact } from '../../api/identification.ts';

export const PRIMARY_CATEGORY_LABEL: Record<PrimaryCategory, string> = {
  ...PRIMARY_CATEGORY_ZH,
  INCONCLUSIVE: '待补充信息',
  NONE: '无问题',
};

const PRIMARY_COLOR: Record<PrimaryCategory, string> = {
  IDLE: 'red',
  INEFFICIENT: 'orange',
  INCONCLUSIVE: 'blue',
  NONE: 'green',
};

export function PrimaryCategoryTag({ category }: { category: PrimaryCategory | null | undefined }) {
  if (!category) return <Tag>未认定</Tag>;
  return <Tag color={PRIMARY_COLOR[category]}>{PRIMARY_CATEGORY_LABEL[category] ?? category}</Tag>;
}

export const CRITERION_CATEGORY_LABEL: Record<CriterionCategory, string> = { IDLE: '闲置', INEFFICIENT: '低效' };

export function CriterionCategoryTag({ category }: { category: CriterionCategory }) {
  return <Tag color={category === 'IDLE' ? 'volcano' : 'gold'}>{CRITERION_CATEGORY_LABEL[category] ?? category}</Tag>;
}

export const STATUS_LABEL: Record<CriterionStatus, string> = {
  MET: '符合',
  NOT_MET: '不符合',
  UNKNOWN: '待补充',
  MANUAL: '需人工认定',
};

const STATUS_COLOR: Record<CriterionStatus, string> = { MET: 'red', NOT_MET: 'default', UNKNOWN: 'blue', MANUAL: 'purple' };

export function StatusTag({ status }: { status: CriterionStatus }) {
  return <Tag color={STATUS_COLOR[status]}>{STATUS_LABEL[status] ?? status}</Tag>;
}

export const CHANGE_LABEL: Record<ChangeKind, string> = { NEW: '新增认定', CLEARED: '已解除', CHANGED: '条件变化', SAME: '无变化' };

export function ChangeTag({ change }: { change: ChangeKind | null | undefined }) {
  if (!change || change === 'SAME') return null;
  const color = change === 'NEW' ? 'red' : change === 'CLEARED' ? 'green' : 'blue';
  return <Tag color={color}>{CHANGE_LABEL[change] ?? change}</Tag>;
}

export const TRIGGER_LABEL: Record<string, string> = { MANUAL: '手动', NIGHTLY: '夜间' };

/** The parcel page tab that shows a ledger section. */
const TAB_OF_SECTION: Record<string, string> = {
  basic: 'basic',
  contract: 'contract',
  construction: 'construction',
  site: 'construction',
  operations: 'operations',
  year: 'operations',
  years: 'operations',
  compliance: 'compliance',
  enterprise: 'compliance',
};

/** The section of a fact path when the server does not name it (`construction.haltStartDate`). */
function sectionOf(fact: MissingFact): string | undefined {
  if (fact.section) return fact.section;
  const head = fact.path.split(/[.[]/)[0] ?? '';
  return TAB_OF_SECTION[head] ? head : undefined;
}

/** Where a missing fact is filled in: the edit page's section for editors, else the parcel page's tab. */
export function factHref(parcelId: string, fact: MissingFact, canEdit: boolean): string {
  const section = sectionOf(fact);
  // enterprise facts are edited on the enterprise's page, reached from the parcel's 合规与司法 tab
  if (canEdit && section !== 'enterprise') {
    const anchor = section === 'year' ? 'years' : section;
    return `/parcels/${encodeURIComponent(parcelId)}/edit${anchor ? `#section-${anchor}` : ''}`;
  }
  const tab = section ? TAB_OF_SECTION[section] : undefined;
  return `/parcels/${encodeURIComponent(parcelId)}${tab && tab !== 'basic' ? `?tab=${tab}` : ''}`;
}

export function MissingFactLinks({ parcelId, facts, canEdit }: { parcelId: string; facts: MissingFact[]; canEdit: boolean }) {
  return (
    <span className="ph-fact-links">
      {facts.map((fact) => (
        <Tooltip key={fact.path} title={`${fact.sectionZh ? `${fact.sectionZh} · ` : ''}${fact.path}`}>
          <Link to={factHref(parcelId, fact, canEdit)}>
            <Tag color="blue" style={{ cursor: 'pointer' }}>
              {fact.labelZh || fact.path}
            </Tag>
          </Link>
        </Tooltip>
      ))}
    </span>
  );
}

/** Today in the browser's calendar, as an ISO date. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
