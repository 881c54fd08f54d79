import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDbf, parseShp } from 'shpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip } from '../../src/features/imports/zip-archive.ts';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/geo');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf-8')) as Record<string, { lon: number; lat: number; areaM2: number }>;
const hasOgrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

let t: TestContext;
let a: County;
let b: County;
let staffA: string;
let staffB: string;

function multipart(file: Buffer, filename: string) {
  const boundary = `----panhuo${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  const parcel = (code: string, area_m2: number, extra: Record<string, unknown> = {}) => ({ values: { code, name: `${code} 号厂区`, area_m2, plannedUse: '0601', ...extra } });
  await t.seedParcels(a.code, [
    { ...parcel('GEO-001', 15000, { started: false }), enterpriseUscc: testUscc(7), enterpriseName: '甲精密机械有限公司' },
    parcel('GEO-002', 37500),
    parcel('GEO-003', 10000),
    // in the ledger but not yet drawn
    parcel('GEO-004', 5000),
  ]);
  await t.seedParcels(b.code, [parcel('GEO-001', 15000)]);
  staffA = await t.loginAs('LAND_BUREAU', a.code);
  staffB = await t.loginAs('LAND_BUREAU', b.code);
  const res = await t.request({ method: 'POST', url: '/api/v1/geometry/imports?kind=PARCELS', cookie: staffA, ...multipart(readFileSync(join(FIXTURES, 'parcels-4548.geojson')), 'parcels-4548.geojson') });
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterAll(() => t.close());

interface Feature {
  properties: Record<string, string | number | null>;
  geometry: { type: string; coordinates: number[][][][] } | null;
}

const exportGeoJson = async (query = '', cookie = staffA) => {
  const res = await t.request({ method: 'GET', url: `/api/v1/parcels/export.geojson${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return { res, doc: JSON.parse(res.body) as { type: string; crs: { properties: { name: string } }; features: Feature[] } };
};

/** The parts of a downloaded zip, by name. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await openZip({ buffer: bytes });
  const out = new Map<string, Buffer>();
  for (const [name, entry] of zip.entries) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.stream(entry)) chunks.push(c as Buffer);
    out.set(name, Buffer.concat(chunks));
  }
  await zip.close();
  return out;
}

/** Mean of a ring's distinct vertices: inside a convex rectangle, near its centre. */
const ringMean = (ring: number[][]) => {
  const pts = ring.slice(0, -1);
  return { lon: pts.reduce((s, p) => s + p[0]!, 0) / pts.length, lat: pts.reduce((s, p) => s + p[1]!, 0) / pts.length };
};

describe('GeoJSON export', () => {
  it('holds exactly the user’s parcels with the key attributes, in EPSG:4490, as a download', async () => {
    const { res, doc } = await exportGeoJson();
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="parcels-[\d-]+\.geojson"; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toMatch(/^宗地空间范围_.*\.geojson$/);
    expect(doc.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::4490');
    expect(doc.features.map((f) => f.properties.code)).toEqual(['GEO-001', 'GEO-002', 'GEO-003', 'GEO-004']);
    expect(doc.features[0]!.properties).toEqual({ code: 'GEO-001', name: 'GEO-001 号厂区', enterprise: '甲精密机械有限公司', area_m2: 15000, area_mu: 22.5, stage: '未动工' });
    // GEO-001 is a rectangle: the mean of its corners is its centroid, to well under a metre
    const centre = ringMean(doc.features[0]!.geometry!.coordinates[0]![0]!);
    expect(Math.abs(centre.lon - expected['GEO-001']!.lon)).toBeLessThan(1e-5);
    expect(Math.abs(centre.lat - expected['GEO-001']!.lat)).toBeLessThan(1e-5);
    expect(doc.features[1]!.geometry!.coordinates[0]!).toHaveLength(2); // GEO-002 keeps its courtyard
    expect(doc.features[2]!.geometry!.coordinates).toHaveLength(2); // GEO-003 is two pieces
    expect(doc.features[3]!.geometry).toBeNull();
  });

  it('honours the ledger list’s filters, including a drawn polygon', async () => {
    expect((await exportGeoJson('?areaMin=12000')).doc.features.map((f) => f.properties.code)).toEqual(['GEO-001', 'GEO-002']);
    expect((await exportGeoJson('?sort=area_m2&order=desc&areaMax=20000')).doc.features.map((f) => f.properties.code)).toEqual(['GEO-001', 'GEO-003', 'GEO-004']);
    const g1 = expected['GEO-001']!;
    const d = 0.0002; // ≈ 20 m around GEO-001's centre: touches no other parcel
    const within = JSON.stringify({ type: 'Polygon', coordinates: [[[g1.lon - d, g1.lat - d], [g1.lon + d, g1.lat - d], [g1.lon + d, g1.lat + d], [g1.lon - d, g1.lat + d], [g1.lon - d, g1.lat - d]]] });
    expect((await exportGeoJson(`?within=${encodeURIComponent(within)}`)).doc.features.map((f) => f.properties.code)).toEqual(['GEO-001']);
  });

  it('a user of another county exports only their own parcels', async () => {
    const { doc } = await exportGeoJson('', staffB);
    expect(doc.features.map((f) => [f.properties.code, f.properties.name])).toEqual([['GEO-001', 'GEO-001 号厂区']]);
    expect(doc.features[0]!.geometry).toBeNull();
  });
});

describe('shapefile export', () => {
  const download = async (query = '') => {
    const res = await t.request({ method: 'GET', url: `/api/v1/parcels/export.shp.zip${query}`, cookie: staffA });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''/);
    return res.rawPayload;
  };

  it('zips .shp/.shx/.dbf with a CGCS2000 .prj and a UTF-8 .cpg, and reads back with the filtered parcels', async () => {
    const parts = await unzip(await download('?areaMin=8000'));
    expect([...parts.keys()].sort()).toEqual(['parcels.cpg', 'parcels.dbf', 'parcels.prj', 'parcels.shp', 'parcels.shx']);
    expect(parts.get('parcels.cpg')!.toString()).toBe('UTF-8');
    expect(parts.get('parcels.prj')!.toString()).toContain('China_2000');
    const rows = parseDbf(parts.get('parcels.dbf')!, 'utf-8');
    expect(rows.map((r) => [r.code, r.name, r.stage])).toEqual([
      ['GEO-001', 'GEO-001 号厂区', '未动工'],
      ['GEO-002', 'GEO-002 号厂区', '情况不明'],
      ['GEO-003', 'GEO-003 号厂区', '情况不明'],
    ]);
    expect(rows[0]!.enterprise).toBe('甲精密机械有限公司');
    expect(rows[1]!.area_mu).toBe(56.25);
    const shapes = parseShp(parts.get('parcels.shp')!);
    expect(shapes.map((s) => s?.type)).toEqual(['Polygon', 'Polygon', 'MultiPolygon']);
  });

  it.skipIf(!hasOgrinfo)('GDAL reads the download: 4 parcels, Chinese attributes in UTF-8, CGCS2000, areas as recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panhuo-shp-'));
    try {
      const file = join(dir, 'parcels.zip');
      writeFileSync(file, await download());
      const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', `/vsizip/${file}`], { encoding: 'utf-8' });
      expect(info).toContain('Feature Count: 4');
      expect(info).toMatch(/China Geodetic Coordinate System 2000|CGCS2000|China_2000/);
      const areas = execFileSync(
        'ogrinfo',
        ['-ro', '-q', `/vsizip/${file}`, '-dialect', 'SQLite', '-sql', 'SELECT code, name, ST_Area(ST_Transform(geometry, 4548)) AS a FROM parcels ORDER BY code'],
        { encoding: 'utf-8' },
      );
      expect(areas).toContain('name (String) = GEO-002 号厂区');
      const measured = [...areas.matchAll(/a \(Real\) = ([\d.]+)/g)].map((m) => Number(m[1]));
      for (const [i, code] of ['GEO-001', 'GEO-002', 'GEO-003'].entries()) {
        expect(Math.abs(measured[i]! - expected[code]!.areaM2) / expected[code]!.areaM2).toBeLessThan(0.001);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports back unchanged: the round trip finds every parcel where it was', async () => {
    const zip = await download('?areaMin=8000');
    const res = await t.request({ method: 'POST', url: '/api/v1/geometry/imports?kind=PARCELS&dryRun=true', cookie: staffA, ...multipart(zip, 'parcels.zip') });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json().report as { ok: boolean; srid: number; matched: Array<{ code: string; diffRatio: number }> };
    expect(report).toMatchObject({ ok: true, srid: 4490 });
    expect(report.matched.map((m) => m.code)).toEqual(['GEO-001', 'GEO-002', 'GEO-003']);
    for (const m of report.matched) expect(Math.abs(m.diffRatio)).toBeLessThan(0.001);
  });
});
