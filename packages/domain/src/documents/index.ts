export * from './kinds.ts';
export * from './model.ts';
export * from './input.ts';
export * from './build.ts';
export { feeAmount } from './format.ts';
export { governmentCauseItems } from './legal.ts';
