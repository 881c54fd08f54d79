import { randomUUID } from 'node:crypto';
import { ROOT_JURISDICTION_CODE } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

export interface JurisdictionInput {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  parentCode: string | null;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'ROOT' | 'PROVINCE' | 'CITY' | 'COUNTY';
  parentCode: string | null;
}

export interface ZoneInput {
  jurisdictionCode: string;
  name: string;
  kind: 'PARK' | 'FUNCTIONAL_ZONE' | 'DEVELOPMENT_ZONE' | 'TOWN';
  boundary?: unknown;
}

export interface Zone {
  id: string;
  jurisdictionCode: string;
  name: string;
  kind: string;
}

export async function ensureRootJurisdiction(tx: Queryable): Promise<void> {
  await tx.query(
    `INSERT INTO jurisdictions (code, name, level, parent_code, path)
     VALUES ($1::text, '全部辖区', 'ROOT', NULL, $1::text || '/') ON CONFLICT (code) DO NOTHING`,
    [ROOT_JURISDICTION_CODE],
  );
}

/** Creates the jurisdiction below its parent (or the root) unless it exists; renames it if it does. */
export async function ensureJurisdiction(tx: Queryable, j: JurisdictionInput): Promise<void> {
  await ensureRootJurisdiction(tx);
  const parent = j.parentCode ?? ROOT_JURISDICTION_CODE;
  await tx.query(
    `INSERT INTO jurisdictions (code, name, level, parent_code, path)
     SELECT $1::text, $2, $3, p.code, p.path || $1::text || '/' FROM jurisdictions p WHERE p.code = $4
     ON CONFLICT (code) DO UPDATE SET name = excluded.name`,
    [j.code, j.name, j.level, parent],
  );
  const { rows } = await tx.query('SELECT 1 FROM jurisdictions WHERE code = $1', [j.code]);
  if (rows.length === 0) throw new Error(`parent jurisdiction ${parent} of ${j.code} does not exist`);
}

/** Creates the zone unless one of that name exists in the jurisdiction; returns its id. */
export async function ensureZone(tx: Queryable, z: ZoneInput): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO zones (jurisdiction_code, id, name, kind, boundary)
     VALUES ($1, $2, $3, $4, CASE WHEN $5::text IS NULL THEN NULL
                                  ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5::text), 4490)) END)
     ON CONFLICT (jurisdiction_code, name) DO UPDATE SET kind = excluded.kind,
       boundary = coalesce(excluded.boundary, zones.boundary)
     RETURNING id`,
    [z.jurisdictionCode, randomUUID(), z.name, z.kind, z.boundary ? JSON.stringify(z.boundary) : null],
  );
  return rows[0]!.id;
}

export async function listJurisdictions(db: Queryable, scope: Scope): Promise<Jurisdiction[]> {
  const { rows } = await db.query<Jurisdiction>(
    `SELECT code, name, level, parent_code AS "parentCode" FROM jurisdictions
      WHERE code = ANY($1) ORDER BY code`,
    [scope.codes],
  );
  return rows;
}

export async function listZones(db: Queryable, scope: Scope, jurisdictionCode?: string): Promise<Zone[]> {
  const { rows } = await db.query<Zone>(
    `SELECT id, jurisdiction_code AS "jurisdictionCode", name, kind FROM zones
      WHERE jurisdiction_code = ANY($1) AND closed_at IS NULL
        AND ($2::uuid IS NULL OR id = $2) AND ($3::text IS NULL OR jurisdiction_code = $3)
      ORDER BY jurisdiction_code, name`,
    [scope.codes, scope.zoneId, jurisdictionCode ?? null],
  );
  return rows;
}

export async function findJurisdiction(db: Queryable, code: string): Promise<Jurisdiction | undefined> {
  const { rows } = await db.query<Jurisdiction>(
    `SELECT code, name, level, parent_code AS "parentCode" FROM jurisdictions WHERE code = $1`,
    [code],
  );
  return rows[0];
}
