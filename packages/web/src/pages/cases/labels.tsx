/**
 * How cases read on screen: profile and state names, the main path shown as steps,
 * state tags and deadlines (overdue in red). The server sends each case's state label;
 * the tables here serve the filters and the steps, which need every state up front.
 */
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { caseProfiles, caseProfileIds, documentStatusLabels, type CaseCategory, type CaseProfileId, type DocumentStatus } from '@panhuo/domain';
import type { CaseDeadline } from '../../api/cases.ts';
import { formatDate } from '../../format/values.ts';

export const PROFILES: CaseProfileId[] = [...caseProfileIds];

/** The procedure's name, e.g. 闲置土地调查认定与处置程序. */
export const profileName = (p: CaseProfileId) => caseProfiles[p]?.name ?? p;

/** Short names for table cells and filters. */
export const PROFILE_SHORT: Record<CaseProfileId, string> = {
  'JD-2022': '旌德认定程序',
  'NAT-IDLE-2012': '国家闲置土地程序',
};

/** Each profile's states with their Chinese labels, from the domain's profiles. */
export const STATE_LABELS: Record<CaseProfileId, Record<string, string>> = Object.fromEntries(
  PROFILES.map((p) => [p, Object.fromEntries(caseProfiles[p].states.map((s) => [s.id, s.label]))]),
) as Record<CaseProfileId, Record<string, string>>;

export const stateLabel = (profile: CaseProfileId, state: string) => STATE_LABELS[profile]?.[state] ?? state;

/**
 * The main path of each profile as steps; states off the path (objection, hearing,
 * appeal…) sit at the step they belong to.
 */
const MAIN_PATH: Record<CaseProfileId, Array<{ title: string; states: string[] }>> = {
  'JD-2022': [
    { title: '疑似', states: ['CANDIDATE'] },
    { title: '核查', states: ['VERIFYING'] },
    { title: '填表上报', states: ['PROPOSED'] },
    { title: '领导小组审定', states: ['REVIEWED'] },
    { title: '书面反馈', states: ['PRELIM_NOTIFIED', 'OBJECTION', 'REVERIFYING'] },
    { title: '认定告知', states: ['DETERMINED'] },
    { title: '盘活结案', states: ['CLOSED'] },
  ],
  'NAT-IDLE-2012': [
    { title: '发现疑似', states: ['CANDIDATE'] },
    { title: '调查', states: ['INVESTIGATING'] },
    { title: '认定原因', states: ['CAUSE_ASSESSED'] },
    { title: '认定闲置', states: ['DETERMINED'] },
    { title: '公示', states: ['PUBLISHED', 'NEGOTIATING'] },
    { title: '听证告知', states: ['HEARING_NOTICE', 'HEARING'] },
    { title: '处罚决定', states: ['DECISION_SERVED', 'APPEALED', 'ENFORCEMENT'] },
    { title: '执行完毕', states: ['FEE_PAID', 'RECOVERED'] },
    { title: '结案', states: ['CLOSED'] },
  ],
};

export function mainPath(profile: CaseProfileId, state: string, lastPathState?: string) {
  const steps = MAIN_PATH[profile] ?? [];
  const at = (s: string | undefined) => (s ? steps.findIndex((step) => step.states.includes(s)) : -1);
  const current = at(state);
  // a cleared case stops where it was when it was cleared
  const stoppedAt = current >= 0 ? current : Math.max(0, at(lastPathState));
  return { steps, current: stoppedAt, stopped: current < 0 };
}

const STATE_COLOR: Record<string, string> = {
  CANDIDATE: 'default',
  CLEARED: 'default',
  CLOSED: 'green',
  FEE_PAID: 'green',
  RECOVERED: 'green',
  DETERMINED: 'red',
  PUBLISHED: 'red',
  DECISION_SERVED: 'volcano',
  ENFORCEMENT: 'volcano',
  OBJECTION: 'orange',
  APPEALED: 'orange',
  HEARING: 'orange',
};

export function StateTag({ state, label }: { state: string; label: string }) {
  // long labels (已填表上报，待领导小组审定) wrap inside narrow cells instead of widening the table
  return (
    <Tag color={STATE_COLOR[state] ?? 'blue'} style={{ whiteSpace: 'normal' }}>
      {label}
    </Tag>
  );
}

export const CATEGORY_LABEL: Record<CaseCategory, string> = { IDLE: '闲置', INEFFICIENT: '低效' };

export const isOverdue = (dueOn: string) => dayjs(dueOn).isBefore(dayjs(), 'day');

/** A deadline's date, red with 已逾期 when passed; its label and legal basis as a tooltip. */
export function DeadlineText({ deadline, overdue }: { deadline: CaseDeadline | null | undefined; overdue?: boolean }) {
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = overdue ?? deadline.overdue ?? isOverdue(deadline.dueOn);
  const tip = [deadline.label, deadline.basis].filter(Boolean).join('，');
  return (
    <Tooltip title={tip}>
      <div>
        <div style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type={late ? 'danger' : undefined}>{formatDate(deadline.dueOn)}</Typography.Text>
          {late && (
            <Tag color="red" style={{ marginLeft: 6 }}>
              已逾期
            </Tag>
          )}
        </div>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {deadline.label}
          </Typography.Text>
        </div>
      </div>
    </Tooltip>
  );
}

const DOCUMENT_STATUS_COLOR: Record<DocumentStatus, string> = { DRAFT: 'default', ISSUED: 'blue', SERVED: 'green', SUPERSEDED: 'orange' };

/** A document's status (草稿, 已签发, 已送达, 已被更正) as a coloured tag. */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  return <Tag color={DOCUMENT_STATUS_COLOR[status]}>{documentStatusLabels[status] ?? status}</Tag>;
}
