/** Builders for the disposal tests: a measure of a catalogue method, an approved plan's context, evidence. */
import type { MeasureContext } from './measure.ts';
import type { DisposalMeasure, Evidence, EvidenceKind, MeasureStatus } from './types.ts';

export const TODAY = '2024-06-30';
export const APPROVED_ON = '2024-01-10';

/** An approved plan on a parcel of 20 000 m² (30 亩). */
export const approvedPlan: MeasureContext = { today: TODAY, planStatus: 'APPROVED', planApprovedOn: APPROVED_ON, parcelArea_m2: 20_000 };

let serial = 0;

export function measureOf(methodCode: string, status: MeasureStatus = 'PLANNED', extra: Partial<DisposalMeasure> = {}): DisposalMeasure {
  serial += 1;
  return { id: `m${serial}`, planId: 'plan-1', methodCode, status, statusSince: '2024-01-05', data: {}, legalBasis: '', ...extra };
}

export function evidenceOf(kind: EvidenceKind, on = '2024-06-01'): Evidence {
  return { kind, on, referenceZh: '青岚不动产权第0001234号' };
}
