import { squareMetresToMu } from '../units/area.ts';

/**
 * The site facts measured from geometry (标图入库, DOMAIN.md §9.8): building footprint,
 * building coverage (建筑系数) and the largest contiguous vacant piece (连片空闲土地).
 * PostGIS computes the areas in the parcel's Gauss-Krüger zone; this file turns them into
 * the ledger's values and the description stored with them, so the same arithmetic serves
 * the server, the web and the tests.
 */

/** Areas in m², as measured in the GK zone `srid`. */
export interface SiteAreas {
  /** the cadastral 宗地面积 the ledger holds: authoritative, the denominator of the coverage */
  recordedParcelAreaM2: number;
  /** the parcel outline's own area in the GK zone, kept for comparison */
  computedParcelAreaM2: number;
  /** union of the parcel's building footprints clipped to the parcel */
  footprintM2: number;
  /** largest piece of the parcel left once the buildings and their setback are taken out */
  largestVacantM2: number;
  footprintCount: number;
  setbackM: number;
  srid: number;
}

export interface SiteMeasurement {
  /** the ledger's 建筑占地面积（平方米）, 2 decimals */
  buildingFootprint_m2: number;
  /** the ledger's 建筑系数 as a fraction, 4 decimals (0.01 %) */
  buildingCoverage: number;
  /** the ledger's 连片空闲土地面积（平方米）, 2 decimals */
  vacantContiguousArea_m2: number;
  /** what is stored beside them in `parcels.site_measurement` */
  record: SiteMeasurementRecord;
}

export interface SiteMeasurementRecord {
  method: string;
  coverageBasis: 'RECORDED_AREA';
  setbackM: number;
  footprintCount: number;
  srid: number;
  parcelAreaM2: number;
  computedParcelAreaM2: number;
  largestVacantM2: number;
  largestVacantMu: number;
}

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/**
 * 建筑系数 = 建筑物基底面积 ÷ 项目总用地面积 (DOMAIN.md §1.3): the recorded area is the
 * 项目总用地面积. Capped at 1 because a drawn outline slightly larger than the recorded area
 * must not produce a coverage the ledger refuses.
 */
export function buildingCoverage(footprintM2: number, recordedParcelAreaM2: number): number {
  if (!(recordedParcelAreaM2 > 0)) return 0;
  return Math.min(1, round(footprintM2 / recordedParcelAreaM2, 4));
}

/** 亩 to two decimals, as the seeds state their thresholds (> 5 亩, > 10 亩). */
export function vacantMu(m2: number): number {
  return round(squareMetresToMu(m2), 2);
}

/** The CGCS2000 3° GK zone (CM only) the areas were computed in, in words. */
export function gkZoneDescription(srid: number): string {
  const centralMeridian = 75 + 3 * (srid - 4534);
  return `CGCS2000 3度带高斯-克吕格投影（EPSG:${srid}，中央经线东经${centralMeridian}°）`;
}

export function measurementMethod(a: Pick<SiteAreas, 'srid' | 'setbackM' | 'footprintCount'>): string {
  const setback = a.setbackM > 0 ? `及其四周 ${a.setbackM} 米退让范围` : '';
  return (
    `依据建筑物基底图形测算：在${gkZoneDescription(a.srid)}下计算面积；` +
    `建筑占地面积为地块范围内 ${a.footprintCount} 处建筑物基底合并后的面积；` +
    '建筑系数 = 建筑占地面积 ÷ 台账登记的土地总面积；' +
    `连片空闲土地为地块范围扣除建筑物基底${setback}后面积最大的一块。`
  );
}

/** The ledger's values and the stored description from the measured areas. */
export function siteMeasurement(a: SiteAreas): SiteMeasurement {
  const largestVacantM2 = round(a.largestVacantM2, 2);
  return {
    buildingFootprint_m2: round(a.footprintM2, 2),
    buildingCoverage: buildingCoverage(a.footprintM2, a.recordedParcelAreaM2),
    vacantContiguousArea_m2: largestVacantM2,
    record: {
      method: measurementMethod(a),
      coverageBasis: 'RECORDED_AREA',
      setbackM: a.setbackM,
      footprintCount: a.footprintCount,
      srid: a.srid,
      parcelAreaM2: a.recordedParcelAreaM2,
      computedParcelAreaM2: round(a.computedParcelAreaM2, 2),
      largestVacantM2,
      largestVacantMu: vacantMu(largestVacantM2),
    },
  };
}
