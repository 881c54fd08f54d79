import type { CampaignTarget } from '../types.ts';
import { qinzhouApprovedNotSuppliedRate, qinzhouIdleRate, qinzhouLinkage, qinzhouQuarterlySchedule, qinzhouStockTarget } from './qinzhou-2021.ts';
import { wupingQuarterlyTarget } from './wuping-2023.ts';
import { yongningIdleRate } from './yongning-draft.ts';

export { wupingQuarterlyTarget } from './wuping-2023.ts';
export {
  qinzhouApprovedNotSuppliedRate,
  qinzhouIdleRate,
  qinzhouLinkage,
  qinzhouQuarterlySchedule,
  qinzhouStockTable2020,
  qinzhouStockTarget,
  qinzhouYearlyTasks,
} from './qinzhou-2021.ts';
export { yongningIdleRate } from './yongning-draft.ts';

/** The targets of DOMAIN.md §6 that the seeds state, by id. */
export const builtInCampaignTargets: readonly CampaignTarget[] = [
  wupingQuarterlyTarget,
  qinzhouStockTarget,
  qinzhouQuarterlySchedule,
  qinzhouApprovedNotSuppliedRate,
  qinzhouIdleRate,
  qinzhouLinkage,
  yongningIdleRate,
];

export function campaignTargetById(id: string): CampaignTarget | undefined {
  return builtInCampaignTargets.find((t) => t.id === id);
}
