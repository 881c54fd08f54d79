/**
 * The procedure's clocks as data: how long, counted how, from what, on which legal basis,
 * and in which state the clock is running. A deadline whose day has passed is overdue.
 */
import { addDays, addYears, compareIsoDates, formatChineseDate } from '../units/dates.ts';
import { addWorkingDays } from './calendar.ts';
import type { CaseProfileId, CaseSettings, CaseSnapshot, CaseState, Deadline, DeadlineKind, DecisionContext, IsoDate } from './types.ts';

type DueField = 'investigationStartDueOn' | 'materialsDueOn' | 'objectionWindowEndsOn' | 'hearingRequestDueOn' | 'complianceDueOn';

export interface ClockDefinition {
  kind: DeadlineKind;
  label: string;
  basis: string;
  unit: 'CALENDAR_DAYS' | 'WORKING_DAYS';
  length: (s: CaseSettings) => number;
  /** where the snapshot keeps the due date, so guards do not depend on later calendar edits */
  field: DueField;
  profile: CaseProfileId;
  /** the states in which the clock is running */
  openIn: readonly CaseState[];
}

const ORDER_53 = '《闲置土地处置办法》（国土资源部令第53号）';
const JD_PLAN = '《旌德经开区闲置低效工业用地盘活处置工作实施方案》';

export const clockDefinitions: Record<DeadlineKind, ClockDefinition> = {
  INVESTIGATION_START: {
    kind: 'INVESTIGATION_START',
    label: '启动调查（送达调查通知书）期限',
    basis: `${ORDER_53}第五条`,
    unit: 'CALENDAR_DAYS',
    length: (s) => s.investigationStartDays,
    field: 'investigationStartDueOn',
    profile: 'NAT-IDLE-2012',
    openIn: ['CANDIDATE'],
  },
  MATERIALS: {
    kind: 'MATERIALS',
    label: '土地使用权人提交说明材料期限',
    basis: `${ORDER_53}第五条`,
    unit: 'CALENDAR_DAYS',
    length: (s) => s.materialsDays,
    field: 'materialsDueOn',
    profile: 'NAT-IDLE-2012',
    openIn: ['INVESTIGATING'],
  },
  OBJECTION_WINDOW: {
    kind: 'OBJECTION_WINDOW',
    label: '异议期届满',
    basis: `${JD_PLAN}（对结果异议的，给予一次重新核实机会）`,
    unit: 'WORKING_DAYS',
    length: (s) => s.objectionWorkingDays,
    field: 'objectionWindowEndsOn',
    profile: 'JD-2022',
    openIn: ['PRELIM_NOTIFIED'],
  },
  HEARING_REQUEST: {
    kind: 'HEARING_REQUEST',
    label: '申请听证期限',
    basis: `${ORDER_53}第十五条、《国土资源听证规定》`,
    unit: 'WORKING_DAYS',
    length: (s) => s.hearingRequestWorkingDays,
    field: 'hearingRequestDueOn',
    profile: 'NAT-IDLE-2012',
    openIn: ['HEARING_NOTICE'],
  },
  PAYMENT: {
    kind: 'PAYMENT',
    label: '缴纳土地闲置费期限',
    basis: `${ORDER_53}第十七条`,
    unit: 'CALENDAR_DAYS',
    length: (s) => s.paymentDays,
    field: 'complianceDueOn',
    profile: 'NAT-IDLE-2012',
    openIn: ['DECISION_SERVED'],
  },
  DEREGISTRATION: {
    kind: 'DEREGISTRATION',
    label: '办理注销登记、交回土地权利证书期限',
    basis: `${ORDER_53}第十七条`,
    unit: 'CALENDAR_DAYS',
    length: (s) => s.deregistrationDays,
    field: 'complianceDueOn',
    profile: 'NAT-IDLE-2012',
    openIn: ['DECISION_SERVED'],
  },
};

/** Starts a clock on `from` (the day of service or discovery, which does not count). */
export function startClock(kind: DeadlineKind, from: IsoDate, ctx: Pick<DecisionContext, 'calendar' | 'settings'>): Deadline {
  const def = clockDefinitions[kind];
  const n = def.length(ctx.settings);
  const dueOn = def.unit === 'WORKING_DAYS' ? addWorkingDays(from, n, ctx.calendar) : addDays(from, n);
  return { kind, label: def.label, dueOn, basis: def.basis };
}

/** The deadlines running in the case's current state. */
export function openDeadlines(c: CaseSnapshot): Deadline[] {
  const out: Deadline[] = [];
  for (const def of Object.values(clockDefinitions)) {
    if (def.profile !== c.profile || !def.openIn.includes(c.state)) continue;
    // PAYMENT and DEREGISTRATION share the field; the sanction tells which one runs.
    if (def.kind === 'PAYMENT' && c.sanction !== 'FEE') continue;
    if (def.kind === 'DEREGISTRATION' && c.sanction !== 'RECOVERY') continue;
    const dueOn = c[def.field];
    if (dueOn) out.push({ kind: def.kind, label: def.label, dueOn, basis: def.basis });
  }
  return out;
}

/** A deadline is overdue from the day after its due date. */
export function overdueDeadlines(deadlines: readonly Deadline[], today: IsoDate): Deadline[] {
  return deadlines.filter((d) => compareIsoDates(d.dueOn, today) < 0);
}

export interface SanctionEligibility {
  /** 未动工开发满一年: the idle-land fee may be levied from this day */
  feeFrom: IsoDate;
  /** 未动工开发满两年: the right may be recovered without compensation from this day */
  recoveryFrom: IsoDate;
}

/**
 * Order 53 Art. 14 counts whole calendar years from the agreed start date; a year is never
 * 365 days, and a 29 February start reaches its anniversary on 28 February (addYears clamps).
 */
export function sanctionEligibility(c: Pick<CaseSnapshot, 'agreedStartDate'>): SanctionEligibility | undefined {
  if (!c.agreedStartDate) return undefined;
  return { feeFrom: addYears(c.agreedStartDate, 1), recoveryFrom: addYears(c.agreedStartDate, 2) };
}

export function describeDeadline(d: Deadline): string {
  return `${d.label}：${formatChineseDate(d.dueOn)}（${d.basis}）`;
}
