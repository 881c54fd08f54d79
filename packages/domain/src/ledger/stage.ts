import type { EnumValue } from './enums.ts';

export type ParcelStage = EnumValue<'stage'>;

export interface StageFacts {
  started: boolean | null;
  halted: boolean | null;
  completed: boolean | null;
  operationsStatus: string | null;
}

/** 建设经营阶段: where the parcel is between land supply and production, for the ledger's filters. */
export function deriveStage(f: StageFacts): ParcelStage {
  if (f.operationsStatus === 'HALTED') return 'PRODUCTION_HALTED';
  if (f.operationsStatus === 'SEMI_HALTED') return 'SEMI_HALTED';
  if (f.operationsStatus === 'PRODUCING') return 'PRODUCING';
  if (f.completed === true) return 'COMPLETED_NOT_PRODUCING';
  if (f.started === true) return f.halted === true ? 'CONSTRUCTION_HALTED' : 'UNDER_CONSTRUCTION';
  if (f.started === false) return 'NOT_STARTED';
  return 'UNKNOWN';
}
