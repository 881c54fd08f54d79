import type { Queryable } from '../db/database.ts';
import { measureParcelInTx } from '../features/map/site-service.ts';
import type { DemoData } from './build.ts';
import { DEMO_AS_OF } from './county.ts';

/**
 * The demo's map, after its ledger: the county's map settings (kept if an admin changed
 * them), the building footprints (only while the county has none, so loading twice adds
 * nothing), then the measured parcels' site facts, through the same audited path a user's
 * measurement takes.
 */
export async function loadDemoMap(tx: Queryable, demo: DemoData, actorName: string): Promise<void> {
  const county = demo.countyCode;
  const s = demo.mapSettings;
  await tx.query(
    `INSERT INTO map_settings (jurisdiction_code, basemap, area_tolerance, vacant_setback_m) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (jurisdiction_code) DO NOTHING`,
    [county, JSON.stringify(s.basemap), s.areaTolerance, s.vacantSetbackM],
  );
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM building_footprints WHERE jurisdiction_code = $1', [county]);
  if (rows[0]!.n === 0) {
    await tx.query(
      `INSERT INTO building_footprints (jurisdiction_code, id, parcel_id, source_ref, geom)
       SELECT $1, gen_random_uuid(), p.id, f.ref, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f.geom), 4490))
         FROM jsonb_to_recordset($2::jsonb) AS f(code text, ref text, geom text)
         JOIN parcels p ON p.jurisdiction_code = $1 AND p.code = f.code`,
      [county, JSON.stringify(demo.footprints.map((f) => ({ code: f.parcelCode, ref: f.sourceRef, geom: JSON.stringify(f.geometry) })))],
    );
  }
  const measured = await tx.query<{ id: string }>('SELECT id FROM parcels WHERE jurisdiction_code = $1 AND code = ANY($2) ORDER BY code', [county, [...demo.measuredCodes]]);
  const who = { scope: { codes: [county], zoneId: null }, actorId: null, actorName, requestId: null, today: DEMO_AS_OF };
  for (const p of measured.rows) await measureParcelInTx(tx, who, p.id, undefined);
}
