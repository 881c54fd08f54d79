import type { CaseState } from './types.ts';

/**
 * The open states a case is in once its land has been determined (认定) and before it
 * closes: where disposal (§5.3) may start. CLEARED and CLOSED cases are finished.
 */
const determinedStates: ReadonlySet<CaseState> = new Set<CaseState>([
  'DETERMINED',
  'PUBLISHED',
  'NEGOTIATING',
  'HEARING_NOTICE',
  'HEARING',
  'DECISION_SERVED',
  'APPEALED',
  'ENFORCEMENT',
  'FEE_PAID',
  'RECOVERED',
]);

export function isDeterminedOpen(state: CaseState): boolean {
  return determinedStates.has(state);
}

export const determinedOpenStates: readonly CaseState[] = [...determinedStates];
