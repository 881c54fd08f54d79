import {
  areaDiffRatio,
  bboxOf,
  CHINA_LON_LAT,
  cmOnlySridForLon,
  coordinatesMisfit,
  findParcelCode,
  GEOMETRY_IMPORT_LIMITS,
  PARCEL_CODE_ATTRIBUTES,
  resolveSourceCrs,
  type BBox,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import {
  areasInZone,
  distancesToJurisdiction,
  overlapsWithinFile,
  overlapsWithParcels,
  parcelsByCode,
  transformFeatures,
  type PlacedFeature,
} from './analysis-repository.ts';
import { problemText, type GeometryProblem, type ImportKind, type ImportReport, type MatchedFeature } from './report.ts';
import { malformedOutline, polygonsOf, sourceRefOf, type SourceFile } from './source-feature.ts';

export interface AnalyseOptions {
  db: Queryable;
  kind: ImportKind;
  fileName: string;
  file: SourceFile;
  /** the county whose parcels the file is matched against */
  jurisdictionCode: string;
  /** a park user matches only their park's parcels */
  zoneId: string | null;
  chosenSrid: number | null;
  acceptRepairs: boolean;
}

/** What an import would write, once its report has no problem. */
export interface Analysis {
  report: ImportReport;
  /** 4490 MultiPolygon GeoJSON per matched feature, in the order of `report.matched` */
  outlines: Map<number, string>;
  /** the source feature's name or code, to recognise a footprint later */
  sourceRefs: Map<number, string | null>;
}

interface Candidate {
  index: number;
  code: string | null;
  polygons: unknown[];
}

const inChina = (lon: number, lat: number) =>
  lon >= CHINA_LON_LAT.minLon && lon <= CHINA_LON_LAT.maxLon && lat >= CHINA_LON_LAT.minLat && lat <= CHINA_LON_LAT.maxLat;

/** Reads, places and checks every feature; writes nothing. */
export async function analyseImport(o: AnalyseOptions): Promise<Analysis> {
  const { file } = o;
  const problems: GeometryProblem[] = [];
  const codeAttributes = new Set<string>();
  const codes = new Map<number, string | null>();
  const candidates: Candidate[] = [];
  const fileBox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of file.features) {
    const found = findParcelCode(f.properties);
    if (found) codeAttributes.add(found.attribute);
    else if (f.name && file.format === 'KML') codeAttributes.add('<name>');
    codes.set(f.index, found?.code ?? (f.name || null));
    const polygons = polygonsOf(f.geometry);
    const malformed = polygons && malformedOutline(polygons);
    if (malformed) {
      const code = codes.get(f.index) ?? null;
      problems.push({ featureIndex: f.index, code, kind: 'INVALID_POLYGON', messageZh: problemText.invalid(f.index, code, malformed, false) });
    } else if (polygons) {
      bboxOf(polygons, fileBox);
      candidates.push({ index: f.index, code: codes.get(f.index) ?? null, polygons });
    } else {
      problems.push({ featureIndex: f.index, code: codes.get(f.index) ?? null, kind: 'NOT_POLYGON', messageZh: problemText.notPolygon(f.index, codes.get(f.index) ?? null, f.geometry?.type ?? null) });
    }
  }
  const crs = resolveSourceCrs({ prj: file.prj, crsMember: file.crsMember, kml: file.format === 'KML', chosenSrid: o.chosenSrid, bbox: fileBox });
  const report: ImportReport = {
    kind: o.kind,
    format: file.format,
    fileName: o.fileName,
    featureCount: file.features.length,
    srid: crs.ok ? crs.srid : null,
    crsReason: crs.reasonZh,
    encodingReason: file.encodingZh,
    codeAttributes: [...codeAttributes],
    matched: [],
    problems,
    ok: false,
  };
  const outlines = new Map<number, string>();
  const sourceRefs = new Map(file.features.map((f) => [f.index, sourceRefOf(f, codes.get(f.index) ?? null)]));
  if (!crs.ok) {
    problems.unshift({ featureIndex: null, code: null, kind: crs.problem, messageZh: crs.reasonZh });
    return { report, outlines, sourceRefs };
  }

  const placed = await placeFeatures(o, crs.srid, candidates, problems);
  if (o.kind === 'PARCELS') await checkParcels(o, placed, codes, report, outlines);
  else await checkBuildings(o, placed, report, outlines);
  problems.sort((a, b) => (a.featureIndex ?? 0) - (b.featureIndex ?? 0));
  report.ok = problems.length === 0;
  return { report, outlines, sourceRefs };
}

interface Placed extends PlacedFeature {
  code: string | null;
  repaired: boolean;
}

/** Transforms to 4490, repairs if accepted, and finds each outline's GK zone; problems for the rest. */
async function placeFeatures(o: AnalyseOptions, srid: number, candidates: Candidate[], problems: GeometryProblem[]): Promise<Placed[]> {
  const fitting = candidates.filter((c) => {
    const misfit = coordinatesMisfit(srid, bboxOf(c.polygons));
    if (misfit) problems.push({ featureIndex: c.index, code: c.code, kind: 'WRONG_CRS', messageZh: problemText.misfit(c.index, c.code, misfit) });
    return !misfit;
  });
  const byIndex = new Map(fitting.map((c) => [c.index, c]));
  let rows: Awaited<ReturnType<typeof transformFeatures>>;
  try {
    rows = await transformFeatures(
      o.db,
      srid,
      fitting.map((c) => ({ i: c.index, g: JSON.stringify({ type: 'MultiPolygon', coordinates: c.polygons }) })),
    );
  } catch {
    problems.push({ featureIndex: null, code: null, kind: 'WRONG_CRS', messageZh: problemText.transformFailed() });
    return [];
  }
  const placed: Placed[] = [];
  for (const r of rows) {
    const code = byIndex.get(r.i)!.code;
    let g = r.geojson;
    let [lon, lat] = [r.lon, r.lat];
    if (!r.valid) {
      const reason = r.reason ?? '图形无效';
      if (!o.acceptRepairs || r.repaired === null) {
        problems.push({
          featureIndex: r.i,
          code,
          kind: 'INVALID_POLYGON',
          messageZh: problemText.invalid(r.i, code, reason, r.repaired !== null),
          ...(r.repaired ? { repaired: JSON.parse(r.repaired) as unknown } : {}),
        });
        continue;
      }
      g = r.repaired;
      [lon, lat] = [r.repairedLon!, r.repairedLat!];
    }
    const zoneSrid = inChina(lon, lat) ? cmOnlySridForLon(lon) : null;
    if (zoneSrid === null) {
      problems.push({ featureIndex: r.i, code, kind: 'WRONG_CRS', messageZh: problemText.notInChina(r.i, code, lon, lat) });
      continue;
    }
    placed.push({ i: r.i, g, srid: zoneSrid, code, repaired: !r.valid });
  }
  return placed;
}

async function checkDistance(o: AnalyseOptions, placed: Placed[], exceptIds: string[], problems: GeometryProblem[]): Promise<Set<number>> {
  const distances = await distancesToJurisdiction(o.db, placed, { jurisdictionCode: o.jurisdictionCode, exceptIds });
  const far = new Set<number>();
  for (const f of placed) {
    const d = distances.get(f.i);
    if (d !== undefined && d > GEOMETRY_IMPORT_LIMITS.maxDistanceFromJurisdictionM) {
      far.add(f.i);
      problems.push({ featureIndex: f.i, code: f.code, kind: 'WRONG_CRS', messageZh: problemText.farAway(f.i, f.code, d) });
    }
  }
  return far;
}

async function checkParcels(o: AnalyseOptions, placed: Placed[], codes: Map<number, string | null>, report: ImportReport, outlines: Map<number, string>) {
  const { problems } = report;
  const firstOf = new Map<string, number>();
  const duplicate = new Set<number>();
  for (const [index, code] of codes) {
    if (code === null) {
      problems.push({ featureIndex: index, code: null, kind: 'NO_CODE', messageZh: problemText.noCode(index, PARCEL_CODE_ATTRIBUTES) });
    } else if (firstOf.has(code)) {
      duplicate.add(index);
      problems.push({ featureIndex: index, code, kind: 'DUPLICATE_CODE', messageZh: problemText.duplicateCode(index, code, firstOf.get(code)!) });
    } else {
      firstOf.set(code, index);
    }
  }
  const parcels = await parcelsByCode(o.db, { jurisdictionCode: o.jurisdictionCode, zoneId: o.zoneId, codes: [...firstOf.keys()] });
  const parcelOf = new Map(parcels.map((p) => [p.code, p]));
  for (const [code, index] of firstOf) {
    if (!parcelOf.has(code)) problems.push({ featureIndex: index, code, kind: 'UNKNOWN_CODE', messageZh: problemText.unknownCode(index, code) });
  }
  const matchedIds = parcels.map((p) => p.id);
  const far = await checkDistance(o, placed, matchedIds, problems);
  const near = placed.filter((f) => !far.has(f.i));
  for (const ov of await overlapsWithinFile(o.db, near, GEOMETRY_IMPORT_LIMITS.minOverlapM2)) {
    problems.push({ featureIndex: ov.b, code: codes.get(ov.b) ?? null, kind: 'OVERLAP', messageZh: problemText.overlapInFile(ov.b, codes.get(ov.b) ?? null, ov.a, codes.get(ov.a) ?? null, ov.overlapM2) });
  }
  const existing = await overlapsWithParcels(o.db, near, { jurisdictionCode: o.jurisdictionCode, zoneId: null, exceptIds: matchedIds });
  for (const ov of existing.filter((x) => x.overlapM2 > GEOMETRY_IMPORT_LIMITS.minOverlapM2)) {
    const code = codes.get(ov.i) ?? null;
    // park staff check against the whole county but see only their park's parcels named
    const messageZh =
      o.zoneId && ov.zoneId !== o.zoneId ? problemText.overlapOtherPark(ov.i, code, ov.overlapM2) : problemText.overlapParcel(ov.i, code, ov.code, ov.name, ov.overlapM2);
    problems.push({ featureIndex: ov.i, code, kind: 'OVERLAP', messageZh });
  }
  const areas = await areasInZone(o.db, near);
  for (const f of near) {
    const parcel = f.code === null || duplicate.has(f.i) ? undefined : parcelOf.get(f.code);
    if (!parcel) continue;
    const computed = areas.get(f.i)!;
    report.matched.push(matched(f, parcel.code, parcel.id, parcel.name, computed, parcel.areaM2));
    outlines.set(f.i, f.g);
  }
}

function matched(f: Placed, code: string, parcelId: string, parcelName: string, computed: number, recorded: number | null): MatchedFeature {
  return {
    featureIndex: f.i,
    code,
    parcelId,
    parcelName,
    computedAreaM2: Math.round(computed * 100) / 100,
    recordedAreaM2: recorded,
    diffRatio: recorded === null ? null : Math.round(areaDiffRatio(computed, recorded)! * 1e6) / 1e6,
    repaired: f.repaired,
  };
}

/** Each footprint goes to the parcel it overlaps most. */
async function checkBuildings(o: AnalyseOptions, placed: Placed[], report: ImportReport, outlines: Map<number, string>) {
  const far = await checkDistance(o, placed, [], report.problems);
  const near = placed.filter((f) => !far.has(f.i));
  const overlaps = await overlapsWithParcels(o.db, near, { jurisdictionCode: o.jurisdictionCode, zoneId: o.zoneId, exceptIds: [] });
  const best = new Map<number, (typeof overlaps)[number]>();
  for (const ov of overlaps) if (!best.has(ov.i) && ov.overlapM2 > 0) best.set(ov.i, ov);
  const areas = await areasInZone(o.db, near);
  for (const f of near) {
    const parcel = best.get(f.i);
    if (!parcel) {
      report.problems.push({ featureIndex: f.i, code: null, kind: 'OUTSIDE_PARCELS', messageZh: problemText.outsideParcels(f.i) });
      continue;
    }
    report.matched.push(matched(f, parcel.code, parcel.parcelId, parcel.name, areas.get(f.i)!, null));
    outlines.set(f.i, f.g);
  }
}
