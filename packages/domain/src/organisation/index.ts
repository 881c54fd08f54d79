export * from './types.ts';
export * from './assignments.ts';
