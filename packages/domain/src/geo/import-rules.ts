/**
 * The checks of a geometry import (标图入库) that are settings rather than geometry:
 * named here so that a county can be given other values without touching the SQL.
 */
export const GEOMETRY_IMPORT_LIMITS = {
  /** a feature farther than this from every parcel and park of the county is in the wrong CRS or zone */
  maxDistanceFromJurisdictionM: 50_000,
  /** overlaps up to this much are digitising noise along shared boundaries, not two claims to one piece of land */
  minOverlapM2: 1,
} as const;

export const GEOMETRY_PROBLEM_KINDS = [
  'NO_CODE',
  'UNKNOWN_CODE',
  'DUPLICATE_CODE',
  'NOT_POLYGON',
  'INVALID_POLYGON',
  'WRONG_CRS',
  'NEEDS_SRID',
  'OVERLAP',
  'OUTSIDE_PARCELS',
] as const;
export type GeometryProblemKind = (typeof GEOMETRY_PROBLEM_KINDS)[number];

/** (computed − recorded) / recorded; null when there is no recorded area to compare with. */
export function areaDiffRatio(computedM2: number, recordedM2: number | null | undefined): number | null {
  if (recordedM2 == null || recordedM2 <= 0) return null;
  return (computedM2 - recordedM2) / recordedM2;
}
