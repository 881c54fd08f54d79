import type { Fraction } from '@panhuo/domain';
import type { PeriodInput } from '../../api/campaign.ts';

export type { Fraction, PeriodInput };

/** The lists a target's scope is chosen from. */
export interface ScopeOptions {
  warZones: Array<{ id: string; name: string }>;
  units: Array<{ id: string; name: string }>;
}
