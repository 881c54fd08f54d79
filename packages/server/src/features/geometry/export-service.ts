import { enumLabel, squareMetresToMu } from '@panhuo/domain';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ExportQuery } from '../imports/service.ts';
import { filteredOutlines, type ExportedOutline } from './export-repository.ts';
import { writeShapefile, type DbfField, type MultiPolygonCoords } from './shapefile-writer.ts';
import { zipFiles } from './zip-writer.ts';

/**
 * The parcels of a ledger filter as GIS files, EPSG:4490, with the attributes a map
 * user needs to recognise each parcel. Parcels not yet drawn are kept, without
 * geometry, so that the file holds exactly the filtered parcels.
 */

/** ESRI WKT of EPSG:4490, as `gdalsrsinfo -o wkt_esri EPSG:4490` writes it */
export const CGCS2000_PRJ =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const FIELDS: DbfField[] = [
  { name: 'code', type: 'C' },
  { name: 'name', type: 'C' },
  { name: 'enterprise', type: 'C' },
  { name: 'area_m2', type: 'N', decimals: 2 },
  { name: 'area_mu', type: 'N', decimals: 4 },
  { name: 'stage', type: 'C' },
];

function attributesOf(p: ExportedOutline): Record<string, string | number | null> {
  return {
    code: p.code,
    name: p.name,
    enterprise: p.enterprise,
    area_m2: p.areaM2,
    area_mu: p.areaM2 === null ? null : Math.round(squareMetresToMu(p.areaM2) * 1e4) / 1e4,
    stage: enumLabel('stage', p.stage),
  };
}

async function outlines(db: Database, actor: Actor, query: ExportQuery, rings: 'CCW' | 'CW') {
  const { sort, order, ...filter } = query;
  return filteredOutlines(db, actor.scope, filter, sort, order, rings);
}

export async function exportGeoJson(db: Database, actor: Actor, query: ExportQuery): Promise<string> {
  const parcels = await outlines(db, actor, query, 'CCW');
  // GeoJSON 2008's crs member: GIS software otherwise assumes WGS84 (harmless here, but explicit)
  const head = '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},"features":[';
  const features = parcels.map((p) => `{"type":"Feature","properties":${JSON.stringify(attributesOf(p))},"geometry":${p.geometry ?? 'null'}}`);
  return `${head}${features.join(',\n')}]}`;
}

export async function exportShapefileZip(db: Database, actor: Actor, query: ExportQuery): Promise<Buffer> {
  const parcels = await outlines(db, actor, query, 'CW');
  const files = writeShapefile(
    FIELDS,
    parcels.map((p) => ({
      geometry: p.geometry ? ((JSON.parse(p.geometry) as { coordinates: MultiPolygonCoords }).coordinates) : null,
      attributes: attributesOf(p),
    })),
  );
  return zipFiles([
    { name: 'parcels.shp', data: files.shp },
    { name: 'parcels.shx', data: files.shx },
    { name: 'parcels.dbf', data: files.dbf },
    { name: 'parcels.prj', data: Buffer.from(CGCS2000_PRJ) },
    { name: 'parcels.cpg', data: Buffer.from('UTF-8') },
  ]);
}
