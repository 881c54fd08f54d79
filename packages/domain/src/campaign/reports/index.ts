export * from './model.ts';
export { revitalisedIn, completionShare, type PeriodFigures } from './progress.ts';
export { daysOverdueOn, type ReportTask, type ReportTaskProgress } from './tasks.ts';
export { buildWeeklyDispatch, type WeeklyDispatchInput, type DispatchPlan, type DispatchTask, type DispatchTaskReport, type DispatchMeasure } from './weekly-dispatch.ts';
export { buildHalfMonthlyBulletin, type HalfMonthlyBulletinInput, type BulletinWarZone, type BulletinUnit } from './half-monthly-bulletin.ts';
export {
  buildQuarterlyInspection,
  defaultInspectionThresholds,
  quarterZh,
  type QuarterlyInspectionInput,
  type InspectionRevitalisation,
  type InspectionSetback,
  type InspectionThresholds,
} from './quarterly-inspection.ts';
export { buildStockTableReport, type StockTableReportInput } from './stock-table-report.ts';
export { buildLinkageReport, type LinkageReportInput } from './linkage-report.ts';
