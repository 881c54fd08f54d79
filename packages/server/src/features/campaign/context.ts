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
export async function campaignScope(uc: CampaignUseCase, asked?: string): Promise<{ jurisdictionCode: string; scope: CampaignScope }> {
  const jurisdictionCode = asked ?? (await defaultCampaignJurisdiction(uc));
  requireInScope(uc.actor, jurisdictionCode);
  // the asked jurisdiction's subtree (a city counts its counties), within what the actor may see
  const { rows } = await uc.db.query<{ code: string }>(
    `SELECT j.code FROM jurisdictions j, jurisdictions a WHERE a.code = $1 AND j.path LIKE a.path || '%' AND j.code = ANY($2)`,
    [jurisdictionCode, uc.actor.scope.codes],
  );
  return { jurisdictionCode, scope: { codes: rows.map((r) => r.code), zoneId: uc.actor.scope.zoneId } };
}

/**
 * Without a choice, the actor's own jurisdiction if it runs a campaign, else the first one
 * in their scope that does (a province or system administrator lands on a county's
 * campaign, not on an empty page).
 */
async function defaultCampaignJurisdiction(uc: CampaignUseCase): Promise<string> {
  const { rows } = await uc.db.query<{ code: string }>(
    `SELECT jurisdiction_code AS code FROM campaigns WHERE jurisdiction_code = ANY($1) ORDER BY jurisdiction_code = $2 DESC, jurisdiction_code LIMIT 1`,
    [uc.actor.scope.codes, uc.actor.jurisdictionCode],
  );
  return rows[0]?.code ?? uc.actor.jurisdictionCode;
}
