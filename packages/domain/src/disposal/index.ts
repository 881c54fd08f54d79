export * from './methods.ts';
export * from './types.ts';
export * from './catalogue.ts';
export * from './escalation.ts';
export * from './measure.ts';
export * from './plan.ts';
export * from './tasks.ts';
export { type DisposalRefusal, type DisposalRefusalCode } from './refusal.ts';
