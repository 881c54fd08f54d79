import type { Database } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { jurisdictionInScope } from './settings-service.ts';
import { encodeTile } from './tile-encoder.ts';
import { planTile, TILE_EXTENT } from './tile-plan.ts';
import { tileLayerRows, tileWithAsMvt, type TileQuery } from './tile-repository.ts';

/** ST_AsMVT where PostGIS has it; our own encoder over the same features where it has not (PGlite). */
export type TileEncoding = 'postgis' | 'node';

export const encodingFor = (db: Database): TileEncoding => (db.kind === 'postgresql' ? 'postgis' : 'node');

export interface TileRequest {
  z: number;
  x: number;
  y: number;
  jurisdictionCode?: string;
}

/** The query of tile z/x/y over the parcels the actor may see (∩ the jurisdiction asked for). */
export function tileQuery(actor: Actor, req: TileRequest): TileQuery {
  const plan = planTile(req.z, req.x, req.y);
  if (!plan) throw new Problem('NOT_FOUND', `瓦片 ${req.z}/${req.x}/${req.y} 超出第 ${req.z} 级的范围`);
  const jurisdictionCode = req.jurisdictionCode === undefined ? undefined : jurisdictionInScope(actor, req.jurisdictionCode);
  return { plan, scope: actor.scope, jurisdictionCode };
}

export async function tileBytes(db: Database, q: TileQuery, encoding: TileEncoding): Promise<Uint8Array> {
  if (encoding === 'postgis') return tileWithAsMvt(db, q);
  const layers = await tileLayerRows(db, q);
  return encodeTile(layers.map((l) => ({ name: l.name, features: l.rows })), TILE_EXTENT);
}

/** The Mapbox vector tile the map draws; empty when nothing of the scope lies in it. */
export async function renderTile({ db, actor }: { db: Database; actor: Actor }, req: TileRequest): Promise<Uint8Array> {
  return tileBytes(db, tileQuery(actor, req), encodingFor(db));
}
