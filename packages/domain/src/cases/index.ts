export * from './types.ts';
export * from './calendar.ts';
export * from './clocks.ts';
export * from './fees.ts';
export * from './restrictions.ts';
export * from './docNumber.ts';
export { type ActionSpec, type AnyActionSpec, type CaseProfile, type Outcome } from './profile.ts';
export { caseProfile, caseProfiles, jingdeCaseProfile, jingdeStateLabels, nationalIdleCaseProfile, nationalIdleStateLabels } from './profiles/index.ts';
export { allowedActions, decide, openCase, stateLabel, type OpenCaseInput } from './machine.ts';
