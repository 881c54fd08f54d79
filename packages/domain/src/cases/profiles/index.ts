import type { CaseProfile } from '../profile.ts';
import type { CaseProfileId } from '../types.ts';
import { jingdeCaseProfile } from './jingde-2022.ts';
import { nationalIdleCaseProfile } from './national-idle-2012.ts';

export { jingdeCaseProfile, jingdeStateLabels } from './jingde-2022.ts';
export { nationalIdleCaseProfile, nationalIdleStateLabels } from './national-idle-2012.ts';

export const caseProfiles: Readonly<Record<CaseProfileId, CaseProfile>> = {
  'JD-2022': jingdeCaseProfile,
  'NAT-IDLE-2012': nationalIdleCaseProfile,
};

export function caseProfile(id: CaseProfileId): CaseProfile {
  const p = caseProfiles[id];
  if (!p) throw new RangeError(`unknown case profile: ${String(id)}`);
  return p;
}
