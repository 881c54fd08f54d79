import type { GeometryProblemKind } from '../../api/geometry.ts';

/** The problem types of a geometry import, as the report and the user guide name them. */
export const PROBLEM_KIND_LABELS: Record<GeometryProblemKind, string> = {
  NO_CODE: '缺少宗地编号',
  UNKNOWN_CODE: '台账中无此编号',
  DUPLICATE_CODE: '编号重复',
  NOT_POLYGON: '不是面要素',
  INVALID_POLYGON: '图形无效',
  WRONG_CRS: '坐标系或投影带有误',
  NEEDS_SRID: '需选择投影带',
  OVERLAP: '图形重叠',
  OUTSIDE_PARCELS: '不在已入库宗地内',
};

export const problemKindLabel = (kind: string): string => PROBLEM_KIND_LABELS[kind as GeometryProblemKind] ?? kind;
