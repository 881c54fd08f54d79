export * from './types.ts';
export {
  amountTargetAchievement,
  measureInScope,
  periodStatusLabels,
  projectionReadingZh,
  quarterlyScheduleAchievement,
  type AmountFigures,
  type PaceProjection,
  type PeriodAchievement,
  type PeriodStatus,
  type TargetAchievement,
  type TargetProgress,
} from './achievement.ts';
export * from './breakdown.ts';
export * from './ranking.ts';
export * from './rates.ts';
export * from './linkage.ts';
export * from './stock-table.ts';
export * from './validate.ts';
export * from './targets/index.ts';
export { centiToMu, sumCentiM2 } from './exact.ts';
export * from './cadence.ts';
export * from './reports/index.ts';
