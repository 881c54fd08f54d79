import type { OrgData, OrgIndex } from './useOrgData.ts';

/** What the page gives each tab. */
export interface TabProps {
  data: OrgData;
  index: OrgIndex;
  /** organisation:manage — otherwise the tab only reads */
  canManage: boolean;
  /** the jurisdiction shown and new records go to */
  jurisdictionCode: string | undefined;
  /** the day whose holders are shown; today when undefined */
  on: string | undefined;
  reload: () => void;
}
