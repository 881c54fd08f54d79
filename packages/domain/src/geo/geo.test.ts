import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  cmOnlySridForLon,
  coordinatesMisfit,
  detectCrsFromCoordinates,
  detectCrsFromMember,
  detectCrsFromPrj,
  findParcelCode,
  prefixedSridForZone,
  resolveSourceCrs,
  sridInfo,
  sridNameZh,
  zoneForLon,
  type BBox,
} from './index.ts';

// .prj texts as ArcGIS and GDAL write them (gdalsrsinfo -o wkt_esri / wkt1)
const ESRI_4490 = `GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;
const esriGk = (name: string, fe: number, cm: number, geog = ESRI_4490, projection = 'Gauss_Kruger', k = 1) =>
  `PROJCS["${name}",${geog},PROJECTION["${projection}"],PARAMETER["False_Easting",${fe}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",${k}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const OGC_4548 = `PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 117E",
    GEOGCS["China Geodetic Coordinate System 2000",
        DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],
        PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],
        UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],
        AUTHORITY["EPSG","4490"]],
    PROJECTION["Transverse_Mercator"],
    PARAMETER["latitude_of_origin",0],
    PARAMETER["central_meridian",117],
    PARAMETER["scale_factor",1],
    PARAMETER["false_easting",500000],
    PARAMETER["false_northing",0],
    UNIT["metre",1,AUTHORITY["EPSG","9001"]],
    AXIS["Northing",NORTH],AXIS["Easting",EAST],
    AUTHORITY["EPSG","4548"]]`;
const WGS84 = `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;
const BEIJING54 = `GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;
const XIAN80 = `GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;

const srid = (d: ReturnType<typeof detectCrsFromPrj> | null) => (d?.ok ? d.srid : d?.problem);

describe('3° Gauss-Krüger zones', () => {
  it.each([
    [115.5, 39],
    [115.4999999, 38],
    [116.1, 39],
    [118.4999999, 39],
    [118.5, 40],
    [75, 25],
    [73.5, 25],
    [73.4999, 24],
  ])('lon %f lies in zone %i', (lon, zone) => expect(zoneForLon(lon)).toBe(zone));

  it('computes the CM-only code of a longitude, and none outside China’s zones', () => {
    expect(cmOnlySridForLon(116.1)).toBe(4548);
    expect(cmOnlySridForLon(118.5)).toBe(4549);
    expect(cmOnlySridForLon(73.5)).toBe(4534);
    expect(cmOnlySridForLon(73.4)).toBeNull();
    expect(cmOnlySridForLon(136.4999)).toBe(4554);
    expect(cmOnlySridForLon(136.5)).toBeNull();
  });

  it('reads an EPSG code back to its zone, central meridian and false easting (not the mislabelled ones)', () => {
    expect(sridInfo(4527)).toEqual({ kind: 'GK_PREFIXED', srid: 4527, zone: 39, centralMeridian: 117, falseEasting: 39_500_000 });
    expect(sridInfo(4548)).toEqual({ kind: 'GK_CM_ONLY', srid: 4548, zone: 39, centralMeridian: 117, falseEasting: 500_000 });
    expect(sridInfo(4549)).toMatchObject({ zone: 40, centralMeridian: 120 });
    expect(sridInfo(4513)).toMatchObject({ zone: 25 });
    expect(sridInfo(4533)).toMatchObject({ kind: 'GK_PREFIXED', zone: 45 });
    expect(sridInfo(4534)).toMatchObject({ kind: 'GK_CM_ONLY', zone: 25 });
    expect(sridInfo(4554)).toMatchObject({ kind: 'GK_CM_ONLY', zone: 45 });
    expect(sridInfo(4512)).toBeNull();
    expect(sridInfo(4555)).toBeNull();
    expect(sridInfo(4490)).toEqual({ kind: 'GEOGRAPHIC', srid: 4490 });
    expect(prefixedSridForZone(24)).toBeNull();
    expect(sridNameZh(4527)).toContain('第39带');
  });
});

describe('CRS from a .prj', () => {
  it('accepts CGCS2000 geographic (ESRI) as 4490', () => expect(srid(detectCrsFromPrj(ESRI_4490))).toBe(4490));

  it('reads a zone-prefixed ESRI Gauss_Kruger .prj as 4513 + zone − 25', () => {
    expect(srid(detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_Zone_39', 39500000.0, 117.0)))).toBe(4527);
    expect(srid(detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_Zone_25', 25500000, 75)))).toBe(4513);
    expect(srid(detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_Zone_45', 45500000, 135)))).toBe(4533);
  });

  it('reads a CM-only .prj (OGC Transverse_Mercator or ESRI) as 4534 + zone − 25', () => {
    expect(srid(detectCrsFromPrj(OGC_4548))).toBe(4548);
    expect(srid(detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_CM_114E', 500000, 114)))).toBe(4547);
  });

  it('reads WKT 2 as well', () => {
    const wkt2 = `PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 117E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101]]],CONVERSION["3-degree Gauss-Kruger CM 117E",METHOD["Transverse Mercator"],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",117],PARAMETER["Scale factor at natural origin",1],PARAMETER["False easting",500000],PARAMETER["False northing",0]]]`;
    expect(srid(detectCrsFromPrj(wkt2))).toBe(4548);
  });

  it('accepts WGS84 lon/lat as 4490 and says why', () => {
    const d = detectCrsFromPrj(WGS84);
    expect(d).toMatchObject({ ok: true, srid: 4490 });
    expect(d.ok && d.reasonZh).toContain('厘米级');
  });

  it('refuses WGS84 UTM, naming the scale factor', () => {
    const d = detectCrsFromPrj(esriGk('WGS_1984_UTM_Zone_50N', 500000, 117, WGS84, 'Transverse_Mercator', 0.9996));
    expect(d).toMatchObject({ ok: false, problem: 'WRONG_CRS' });
    expect(!d.ok && d.reasonZh).toContain('UTM');
  });

  it('refuses Beijing 1954 and Xian 1980, geographic or projected, asking for a conversion', () => {
    for (const wkt of [BEIJING54, XIAN80, esriGk('Beijing_1954_3_Degree_GK_CM_117E', 500000, 117, BEIJING54), esriGk('Xian_1980_3_Degree_GK_CM_114E', 500000, 114, XIAN80)]) {
      const d = detectCrsFromPrj(wkt);
      expect(d.ok).toBe(false);
      expect(!d.ok && d.reasonZh).toMatch(/(北京54|西安80).*转换为 CGCS2000/);
    }
  });

  it('refuses a central meridian that is not a 3° zone’s, a false easting of another zone, and a 6° zone', () => {
    expect(srid(detectCrsFromPrj(esriGk('x', 500000, 118.5)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromPrj(esriGk('x', 500000, 72)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromPrj(esriGk('x', 40500000, 117)))).toBe('WRONG_CRS');
    const six = detectCrsFromPrj(esriGk('CGCS2000_GK_Zone_20', 20500000, 117));
    expect(!six.ok && six.reasonZh).toContain('6 度带');
  });

  it('refuses an unreadable .prj with a Chinese reason', () => {
    const d = detectCrsFromPrj('PROJCS["broken",');
    expect(d).toMatchObject({ ok: false, problem: 'WRONG_CRS' });
    expect(!d.ok && d.reasonZh).toContain('无法解析');
  });
});

describe('CRS from the coordinates alone', () => {
  const box = (minX: number, minY: number, maxX: number, maxY: number): BBox => [minX, minY, maxX, maxY];

  it('takes lon/lat inside China as 4490, and just outside as wrong', () => {
    expect(srid(detectCrsFromCoordinates(box(116.0, 25.0, 116.2, 25.2)))).toBe(4490);
    expect(srid(detectCrsFromCoordinates(box(73, 3, 136, 54)))).toBe(4490);
    expect(srid(detectCrsFromCoordinates(box(72.99, 25, 116, 26)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromCoordinates(box(116, 2.99, 117, 26)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromCoordinates(box(116, 25, 136.01, 26)))).toBe('WRONG_CRS');
  });

  it('reads the zone from an easting prefix (≥ 10⁷)', () => {
    expect(srid(detectCrsFromCoordinates(box(39_409_000, 2_778_000, 39_409_640, 2_778_200)))).toBe(4527);
    expect(srid(detectCrsFromCoordinates(box(25_500_000, 2_778_000, 25_500_100, 2_778_200)))).toBe(4513);
    expect(srid(detectCrsFromCoordinates(box(45_500_000, 2_778_000, 45_500_100, 2_778_200)))).toBe(4533);
    expect(srid(detectCrsFromCoordinates(box(24_500_000, 2_778_000, 24_500_100, 2_778_200)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromCoordinates(box(46_500_000, 2_778_000, 46_500_100, 2_778_200)))).toBe('WRONG_CRS');
    // a file spanning two prefixes is not one zone
    expect(srid(detectCrsFromCoordinates(box(39_900_000, 2_778_000, 40_100_000, 2_778_200)))).toBe('WRONG_CRS');
  });

  it('asks for the zone when the easting has no prefix (100–900 km)', () => {
    const d = detectCrsFromCoordinates(box(409_000, 2_778_000, 409_640, 2_778_200));
    expect(d).toMatchObject({ ok: false, problem: 'NEEDS_SRID' });
    expect(!d.ok && d.reasonZh).toContain('请选择坐标系');
    expect(srid(detectCrsFromCoordinates(box(100_000, 2_778_000, 900_000, 2_778_200)))).toBe('NEEDS_SRID');
    expect(srid(detectCrsFromCoordinates(box(99_999, 2_778_000, 409_000, 2_778_200)))).toBe('WRONG_CRS');
    expect(srid(detectCrsFromCoordinates(box(409_000, 2_778_000, 900_001, 2_778_200)))).toBe('WRONG_CRS');
  });

  it('checks coordinates against a declared CRS', () => {
    expect(coordinatesMisfit(4548, box(409_000, 2_778_000, 409_100, 2_778_150))).toBeNull();
    expect(coordinatesMisfit(4548, box(39_409_000, 2_778_000, 39_409_100, 2_778_150))).toContain('不带带号');
    expect(coordinatesMisfit(4527, box(39_409_000, 2_778_000, 39_409_100, 2_778_150))).toBeNull();
    expect(coordinatesMisfit(4527, box(40_409_000, 2_778_000, 40_409_100, 2_778_150))).toContain('带号 39');
    expect(coordinatesMisfit(4490, box(116, 25, 116.1, 25.1))).toBeNull();
    expect(coordinatesMisfit(4490, box(409_000, 2_778_000, 409_100, 2_778_150))).toContain('经纬度范围');
  });

  it('measures the extent of nested coordinates', () => {
    expect(bboxOf([[[[1, 2], [3, 5]]], [[[0, 4], [2, 2]]]])).toEqual([0, 2, 3, 5]);
  });
});

describe('CRS from a GeoJSON crs member and the user’s choice', () => {
  it('reads the spellings GDAL and others write', () => {
    expect(srid(detectCrsFromMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4548' } }))).toBe(4548);
    expect(srid(detectCrsFromMember({ type: 'name', properties: { name: 'EPSG:4527' } }))).toBe(4527);
    expect(srid(detectCrsFromMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }))).toBe(4490);
    expect(srid(detectCrsFromMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } }))).toBe(4490);
    expect(detectCrsFromMember(undefined)).toBeNull();
  });

  it('refuses foreign codes with the reason', () => {
    const utm = detectCrsFromMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32650' } });
    expect(!utm?.ok && utm?.reasonZh).toContain('UTM');
    const xian = detectCrsFromMember({ type: 'name', properties: { name: 'EPSG:2383' } });
    expect(!xian?.ok && xian?.reasonZh).toContain('西安80');
  });

  it('uses the file’s declaration over the user’s choice, the choice over the coordinates', () => {
    const gk: BBox = [409_000, 2_778_000, 409_100, 2_778_150];
    expect(srid(resolveSourceCrs({ bbox: gk }))).toBe('NEEDS_SRID');
    expect(srid(resolveSourceCrs({ bbox: gk, chosenSrid: 4548 }))).toBe(4548);
    expect(srid(resolveSourceCrs({ bbox: gk, chosenSrid: 4326 }))).toBe('WRONG_CRS');
    const both = resolveSourceCrs({ bbox: gk, chosenSrid: 4547, prj: OGC_4548 });
    expect(both).toMatchObject({ ok: true, srid: 4548 });
    expect(both.ok && both.reasonZh).toContain('未采用所选的 EPSG:4547');
    expect(srid(resolveSourceCrs({ bbox: [116, 25, 116.1, 25.1], kml: true }))).toBe(4490);
  });
});

describe('the parcel code of a feature', () => {
  it('takes the first present attribute of the list and names it', () => {
    expect(findParcelCode({ DKBH: 'D-1', 宗地代码: 'Z-1' })).toEqual({ attribute: 'DKBH', code: 'D-1' });
    expect(findParcelCode({ 宗地编号: 'Z-2', name: 'x' })).toEqual({ attribute: '宗地编号', code: 'Z-2' });
    expect(findParcelCode({ 地块编号: ' GEO-001 ' })).toEqual({ attribute: '地块编号', code: 'GEO-001' });
    expect(findParcelCode({ zddm: 350824001 })).toEqual({ attribute: 'zddm', code: '350824001' });
  });

  it('skips empty values and finds none when no attribute is there', () => {
    expect(findParcelCode({ code: '  ', ZDDM: 'Z-3' })).toEqual({ attribute: 'ZDDM', code: 'Z-3' });
    expect(findParcelCode({ name: '东园' })).toBeNull();
    expect(findParcelCode(null)).toBeNull();
  });
});
