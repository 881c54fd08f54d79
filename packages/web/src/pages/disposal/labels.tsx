/**
 * How plans, measures and tasks read on screen: status and stage tags, the measure's
 * path as steps, deadlines (red once passed) and areas in m² with 亩.
 */
import { Tag, Typography } from 'antd';
import { disposalStageLabels, formatMu, formatSquareMetres, measureStatusLabels, planStatusLabels, terminalMeasureStatuses } from '@panhuo/domain';
import type { DisposalStage, MeasureStatus, PlanStatus } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';

export const opts = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A code's Chinese label from a domain table, or the code itself for one the table does not know. */
export const labelOf = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;

const PLAN_COLOR: Record<PlanStatus, string> = { DRAFT: 'default', SUBMITTED: 'gold', APPROVED: 'blue', CLOSED: 'green' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag color={PLAN_COLOR[status]}>{planStatusLabels[status] ?? status}</Tag>;
}

const STAGE_COLOR: Record<DisposalStage, string> = {
  NO_PLAN: 'default',
  PLANNING: 'default',
  APPROVAL: 'gold',
  NEGOTIATING: 'cyan',
  EXECUTING: 'blue',
  MONITORING: 'geekblue',
  REVITALISED: 'green',
  ESCALATED: 'volcano',
  FAILED: 'red',
};

export function DisposalStageTag({ stage }: { stage: DisposalStage }) {
  return <Tag color={STAGE_COLOR[stage] ?? 'default'}>{disposalStageLabels[stage] ?? stage}</Tag>;
}

const MEASURE_COLOR: Record<MeasureStatus, string> = {
  PLANNED: 'default',
  NEGOTIATING: 'cyan',
  AGREEMENT_SIGNED: 'purple',
  EXECUTING: 'blue',
  MONITORING: 'geekblue',
  REVITALISED: 'green',
  ESCALATED: 'volcano',
  FAILED: 'red',
  CANCELLED: 'default',
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  return <Tag color={MEASURE_COLOR[status]}>{measureStatusLabels[status] ?? status}</Tag>;
}

export const TERMINAL_MEASURE: ReadonlySet<MeasureStatus> = new Set(terminalMeasureStatuses);

/**
 * The path a measure walks, as steps: any measure may be negotiated first; 签订协议 is a
 * step for methods that take an agreement (or a measure that did sign one). A measure that
 * ended off the path (escalated, failed, cancelled) stops where it was, in red.
 */
export function measurePath(withAgreement: boolean): MeasureStatus[] {
  return ['PLANNED', 'NEGOTIATING', ...(withAgreement ? (['AGREEMENT_SIGNED'] as const) : []), 'EXECUTING', 'MONITORING', 'REVITALISED'];
}

/** A date, red with 已逾期 when passed and the work is not done. */
export function DueDate({ on, overdue }: { on: string | null | undefined; overdue: boolean }) {
  if (!on) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={overdue ? 'danger' : undefined}>{formatDate(on)}</Typography.Text>
      {overdue && (
        <Tag color="red" style={{ marginLeft: 6 }}>
          已逾期
        </Tag>
      )}
    </span>
  );
}

/** 1 234.5 平方米（1.85 亩） */
export const areaText = (m2: number) => `${formatSquareMetres(m2)}（${formatMu(m2)}）`;
