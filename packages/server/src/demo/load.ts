import type { Database } from '../db/database.ts';
import { ensureJurisdiction, ensureZone } from '../features/jurisdictions/repository.ts';
import { applyLedgerBatch } from '../features/ledger/apply-batch.ts';
import { buildDemo } from './build.ts';
import { loadDemoMap } from './map-load.ts';
import { loadDemoOrganisation } from './organisation-load.ts';

/**
 * Writes the demo county in one transaction: province, city and county, the three
 * parks, the "1+3+5" organisation, then the ledger through the same service an Excel
 * import uses, and the map: footprints, map settings, a few measured parcels (map.ts).
 */
export async function loadDemo(db: Database, actorName: string): Promise<{ parcels: number; enterprises: number }> {
  const demo = buildDemo();
  return db.transaction(async (tx) => {
    for (const j of demo.jurisdictions) await ensureJurisdiction(tx, j);
    const zoneIds = new Map<string, string>();
    for (const z of demo.zones) zoneIds.set(z.name, await ensureZone(tx, z));
    await loadDemoOrganisation(tx, demo.organisation, demo.countyCode, zoneIds, actorName);
    await applyLedgerBatch(
      tx,
      { jurisdictionCode: demo.countyCode, actorId: null, actorName, requestId: null },
      demo.batch,
    );
    await loadDemoMap(tx, demo, actorName);
    return { parcels: demo.batch.parcels.length, enterprises: demo.batch.enterprises.length };
  });
}
