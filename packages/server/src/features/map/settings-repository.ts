import type { Queryable } from '../../db/database.ts';
import type { Basemap } from './settings-schema.ts';

export interface MapSettings {
  basemap: Basemap;
  areaTolerance: number;
  vacantSetbackM: number;
}

export const defaultMapSettings: MapSettings = { basemap: { kind: 'NONE' }, areaTolerance: 0.01, vacantSetbackM: 0 };

export interface EffectiveMapSettings {
  settings: MapSettings;
  /** the version of the jurisdiction's own row, 0 if it has none */
  version: number;
  inheritedFrom: string | null;
}

/**
 * A jurisdiction's map settings: its own row, else the nearest ancestor's (the deployment
 * root '000000' may hold defaults for all), else the built-in defaults.
 */
export async function loadMapSettings(db: Queryable, jurisdictionCode: string): Promise<EffectiveMapSettings> {
  const { rows } = await db.query<{ code: string; basemap: Basemap; areaTolerance: number; vacantSetbackM: number; version: number }>(
    `SELECT ms.jurisdiction_code AS code, ms.basemap, ms.area_tolerance::float8 AS "areaTolerance",
            ms.vacant_setback_m::float8 AS "vacantSetbackM", ms.version
       FROM map_settings ms JOIN jurisdictions j ON j.code = ms.jurisdiction_code
      WHERE (SELECT path FROM jurisdictions WHERE code = $1) LIKE j.path || '%'
      ORDER BY length(j.path) DESC
      LIMIT 1`,
    [jurisdictionCode],
  );
  const nearest = rows[0];
  if (!nearest) return { settings: defaultMapSettings, version: 0, inheritedFrom: null };
  const { code, version, ...settings } = nearest;
  return code === jurisdictionCode ? { settings, version, inheritedFrom: null } : { settings, version: 0, inheritedFrom: code };
}

/** Locks the jurisdiction's settings for the rest of the transaction, row or no row yet. */
export async function lockMapSettings(tx: Queryable, jurisdictionCode: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`map_settings:${jurisdictionCode}`]);
}

export async function writeMapSettings(tx: Queryable, jurisdictionCode: string, s: MapSettings, actorId: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO map_settings (jurisdiction_code, basemap, area_tolerance, vacant_setback_m, version, updated_by)
     VALUES ($1, $2::jsonb, $3, $4, 1, $5)
     ON CONFLICT (jurisdiction_code) DO UPDATE SET basemap = EXCLUDED.basemap, area_tolerance = EXCLUDED.area_tolerance,
       vacant_setback_m = EXCLUDED.vacant_setback_m, version = map_settings.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by`,
    [jurisdictionCode, JSON.stringify(s.basemap), s.areaTolerance, s.vacantSetbackM, actorId],
  );
}
