/**
 * How cases read on screen: profile and state names, the main path shown as steps,
 * state tags and deadlines (overdue in red). The server sends each case's state label;
 * the tables here serve the filters and the steps, which need every state up front.
 */
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseCategory, CaseDeadline, CaseProfileId } from '../../api/cases.ts';
import { formatDate } from '../../format/values.ts';

export const PROFILE_LABEL: Record<CaseProfileId, string> = {
  'JD-2022': '景德镇市闲置低效工业用地认定程序',
  'NAT-IDLE-2012': '闲置土地处置办法（国土资源部令第53号）',
};

/** Short names for table cells. */
export const PROFILE_SHORT: Record<CaseProfileId, string> = {
  'JD-2022': '景德镇认定程序',
  'NAT-IDLE-2012': '国家闲置土地处置',
};

export const PROFILES = Object.keys(PROFILE_LABEL) as CaseProfileId[];

export const STATE_LABELS: Record<CaseProfileId, Record<string, string>> = {
  'JD-2022': {
    CANDIDATE: '疑似（待核查）',
    VERIFYING: '核查中',
    PROPOSED: '已填表上报，待领导小组审定',
    REVIEWED: '审定通过，待书面反馈',
    PRELIM_NOTIFIED: '已书面反馈（异议期）',
    OBJECTION: '企业提出异议',
    REVERIFYING: '重新核实中',
    DETERMINED: '已认定（认定告知书已送达）',
    CLEARED: '已撤销（不予认定）',
    CLOSED: '已结案（盘活完成）',
  },
  'NAT-IDLE-2012': {
    CANDIDATE: '疑似闲置（已发现）',
    INVESTIGATING: '调查中（调查通知书已送达）',
    CAUSE_ASSESSED: '闲置原因已认定',
    DETERMINED: '已认定闲置（认定书已送达）',
    PUBLISHED: '已公示',
    NEGOTIATING: '政府原因：协商处置（第十二条）',
    HEARING_NOTICE: '已告知听证权利',
    HEARING: '听证中',
    DECISION_SERVED: '处罚决定已送达（闲置费或收回）',
    APPEALED: '复议或诉讼中',
    ENFORCEMENT: '申请强制执行',
    FEE_PAID: '闲置费已缴清',
    RECOVERED: '已收回（注销登记）',
    CLEARED: '不构成闲置',
    CLOSED: '已结案',
  },
};

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
  return <Tag color={STATE_COLOR[state] ?? 'blue'}>{label}</Tag>;
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
      <span>
        <Typography.Text type={late ? 'danger' : undefined}>{formatDate(deadline.dueOn)}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
          {deadline.label}
        </Typography.Text>
        {late && (
          <Tag color="red" style={{ marginLeft: 6 }}>
            已逾期
          </Tag>
        )}
      </span>
    </Tooltip>
  );
}
