import type { Actor } from '../../auth/actor.ts';
import { requireInScope } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { CampaignScope } from './repository.ts';

export interface CampaignUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  /** the China date (settings.today in tests and demos) */
  today: string;
}

/**
 * The jurisdiction whose campaign is shown (the one asked for if in scope, else the
 * actor's own) and the data its figures may count: that jurisdiction's subtree within the
 * actor's scope, and a park user's own park only.
 */
export function campaignScope(uc: CampaignUseCase, asked?: string): { jurisdictionCode: string; scope: CampaignScope } {
  const jurisdictionCode = asked ?? uc.actor.jurisdictionCode;
  requireInScope(uc.actor, jurisdictionCode);
  // a county asked for by its city counts the county's own data (counties are the leaves)
  const codes = jurisdictionCode === uc.actor.jurisdictionCode ? uc.actor.scope.codes : [jurisdictionCode];
  return { jurisdictionCode, scope: { codes, zoneId: uc.actor.scope.zoneId } };
}
