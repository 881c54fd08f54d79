import { Tag } from 'antd';
import { enumLabel } from '@panhuo/domain';

/** Colours follow urgency: halted and unknown stand out, producing is calm. */
const stageColors: Record<string, string> = {
  NOT_STARTED: 'orange',
  UNDER_CONSTRUCTION: 'blue',
  CONSTRUCTION_HALTED: 'red',
  COMPLETED_NOT_PRODUCING: 'gold',
  PRODUCING: 'green',
  SEMI_HALTED: 'volcano',
  PRODUCTION_HALTED: 'red',
  UNKNOWN: 'default',
};

export function StageTag({ stage }: { stage: string | null | undefined }) {
  if (!stage) return null;
  return <Tag color={stageColors[stage] ?? 'default'}>{enumLabel('stage', stage)}</Tag>;
}
