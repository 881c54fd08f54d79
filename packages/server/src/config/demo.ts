import type { Database } from '../db/database.ts';

/**
 * Loads the fictional demo county on the first start, that is while the database holds
 * no jurisdiction yet; a deployment that has its own data never gets demo data mixed in.
 */
export async function loadDemoIfEmpty(db: Database): Promise<{ parcels: number; enterprises: number } | null> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jurisdictions WHERE level <> 'ROOT'`);
  if (rows[0]!.n > 0) return null;
  const { loadDemo, COUNTY_CODE } = await import('../demo/index.ts');
  const loaded = await loadDemo(db, '演示数据');
  await (await import('../features/identification/rule-set-repository.ts')).chooseDemoRuleSets(db, COUNTY_CODE);
  await (await import('../demo/cases.ts')).loadDemoCases(db);
  await (await import('../demo/disposal.ts')).loadDemoCampaignAndPlans(db);
  return loaded;
}
