import { describe, expect, it } from 'vitest';
import { parseDbf } from 'shpjs';
import { readGeometryFile } from './read-file.ts';
import { dbfEncoding } from './read-shapefile.ts';
import { writeShapefile } from './shapefile-writer.ts';
import { malformedOutline, polygonsOf, sourceRefOf } from './source-feature.ts';

/** A one-record .dbf whose text field holds `bytes` (as a GIS tool would write them in its code page). */
function dbfWith(bytes: Buffer, ldid = 0): Buffer {
  const { dbf } = writeShapefile([{ name: 'name', type: 'C' }], [{ geometry: null, attributes: { name: 'x'.repeat(bytes.length) } }]);
  bytes.copy(dbf, 32 + 32 + 1 + 1);
  dbf[29] = ldid;
  return dbf;
}

describe('the encoding of shapefile attributes', () => {
  const gbk = Buffer.from([0xb6, 0xab, 0xd4, 0xb0]); // 东园 in GBK
  const utf8 = Buffer.from('东园', 'utf-8');

  it('follows the .cpg: 936, CP936 and GBK are GBK; UTF-8 is UTF-8', () => {
    for (const cpg of ['936', 'CP936', 'gbk', ' 936\n', 'ANSI 936']) expect(dbfEncoding(dbfWith(gbk), cpg).label).toBe('gbk');
    expect(dbfEncoding(dbfWith(utf8), 'UTF-8').label).toBe('utf-8');
    expect(parseDbf(dbfWith(gbk), dbfEncoding(dbfWith(gbk), '936').label)).toEqual([{ name: '东园' }]);
  });

  it('without a .cpg: the language driver, else UTF-8 when the bytes are valid UTF-8, else GBK', () => {
    expect(dbfEncoding(dbfWith(gbk, 0x4d), null).label).toBe('gbk');
    expect(dbfEncoding(dbfWith(utf8), null)).toMatchObject({ label: 'utf-8', reasonZh: expect.stringContaining('UTF-8') });
    expect(dbfEncoding(dbfWith(gbk), null)).toMatchObject({ label: 'gbk', reasonZh: expect.stringContaining('GBK') });
    expect(parseDbf(dbfWith(gbk), dbfEncoding(dbfWith(gbk), null).label)).toEqual([{ name: '东园' }]);
  });
});

describe('KML', () => {
  const kml = (body: string) =>
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`);
  const ring = '116.1,25.1,0 116.2,25.1,0 116.2,25.2,0 116.1,25.1,0';

  it('reads polygons with holes, MultiGeometry, the name and both kinds of ExtendedData', async () => {
    const file = await readGeometryFile(
      'x.kml',
      kml(`<Placemark><name><![CDATA[A&1]]></name><Style><name>style</name></Style>
        <ExtendedData><Data name="ZDDM"><value>Z-1</value></Data><SchemaData><SimpleData name="名称">东园 &amp; 西园</SimpleData></SchemaData></ExtendedData>
        <MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs>
          <innerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></innerBoundaryIs></Polygon>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>
        <Placemark><name>路灯</name><Point><coordinates>116.1,25.1</coordinates></Point></Placemark>`),
    );
    expect(file.format).toBe('KML');
    const [first, second] = file.features;
    expect(first).toMatchObject({ index: 1, name: 'A&1', properties: { ZDDM: 'Z-1', 名称: '东园 & 西园' } });
    expect(first!.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect(polygonsOf(first!.geometry)!.map((p) => (p as unknown[]).length)).toEqual([2, 1]);
    expect((polygonsOf(first!.geometry)![0] as number[][][])[0]![1]).toEqual([116.2, 25.1]);
    expect(second).toMatchObject({ name: '路灯', geometry: { type: 'Point' } });
    expect(polygonsOf(second!.geometry)).toBeNull();
  });
});

describe('choosing the reader', () => {
  it('refuses other formats in Chinese', async () => {
    await expect(readGeometryFile('a.shp', Buffer.from('x'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringContaining('.zip') });
    await expect(readGeometryFile('a.dwg', Buffer.from('AC1032'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    await expect(readGeometryFile('a.geojson', Buffer.from('{"type":'))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('JSON') });
    await expect(readGeometryFile('a.zip', Buffer.from('PK\u0003\u0004broken'))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('takes a GeometryCollection of polygons as one outline and anything else as not a polygon', () => {
    const square = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    expect(polygonsOf({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: square }, { type: 'MultiPolygon', coordinates: [square] }] })).toHaveLength(2);
    expect(polygonsOf({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: square }, { type: 'Point', coordinates: [0, 0] }] })).toBeNull();
    expect(polygonsOf({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
    expect(polygonsOf(null)).toBeNull();
  });
});

describe('outlines PostGIS cannot take', () => {
  it('names an open ring, a short ring and non-numbers; passes a closed ring', () => {
    expect(malformedOutline([[[[0, 0], [1, 0], [1, 1], [0, 0]]]])).toBeNull();
    expect(malformedOutline([[[[0, 0], [1, 0], [1, 1], [0, 1]]]])).toContain('未闭合');
    expect(malformedOutline([[[[0, 0], [1, 0], [0, 0]]]])).toContain('少于 4 个点');
    expect(malformedOutline([[[[0, 0], ['1', 0], [1, 1], [0, 0]]]])).toContain('不是数值');
    expect(malformedOutline([[]])).toContain('没有边界环');
  });

  it('recognises a footprint by its name, else its code', () => {
    const f = (properties: Record<string, unknown>, name?: string) => ({ index: 1, properties, geometry: null, ...(name ? { name } : {}) });
    expect(sourceRefOf(f({ 名称: ' 1号厂房 ' }), 'C')).toBe('1号厂房');
    expect(sourceRefOf(f({}, '仓库'), 'C')).toBe('仓库');
    expect(sourceRefOf(f({ other: 1 }), 'C')).toBe('C');
    expect(sourceRefOf(f({}), null)).toBeNull();
  });
});
