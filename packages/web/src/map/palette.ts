/**
 * What a parcel's colour means on the map: its 认定分类 (latest finished identification
 * run) or its 处置阶段. Pure data and functions, shared by the style functions, the
 * legend and the browser test hook.
 */
export type ParcelCategory = 'IDLE' | 'INEFFICIENT' | 'NONE' | 'INCONCLUSIVE' | 'UNIDENTIFIED';
export type ParcelStatus = 'NONE' | 'CASE_OPEN' | 'DETERMINED' | 'DISPOSING' | 'REVITALISED';
export type ColourBy = 'category' | 'status';

export interface LegendEntry {
  value: string;
  label: string;
  colour: string;
}

/** Urgency reads at a glance: idle red, inefficient orange, unknown yellow, fine green. */
export const CATEGORY_LEGEND: readonly LegendEntry[] = [
  { value: 'IDLE', label: '涉嫌闲置', colour: '#d4380d' },
  { value: 'INEFFICIENT', label: '低效', colour: '#fa8c16' },
  { value: 'INCONCLUSIVE', label: '待补充', colour: '#fadb14' },
  { value: 'NONE', label: '正常', colour: '#52c41a' },
  { value: 'UNIDENTIFIED', label: '未认定', colour: '#bfbfbf' },
];

export const STATUS_LEGEND: readonly LegendEntry[] = [
  { value: 'DETERMINED', label: '已认定待处置', colour: '#d4380d' },
  { value: 'CASE_OPEN', label: '认定程序中', colour: '#722ed1' },
  { value: 'DISPOSING', label: '处置中', colour: '#1677ff' },
  { value: 'REVITALISED', label: '已盘活', colour: '#52c41a' },
  { value: 'NONE', label: '未立案', colour: '#bfbfbf' },
];

/** The colour of anything whose value the legend does not know (a newer server, bad data). */
export const UNKNOWN_COLOUR = '#8c8c8c';
/** Opacity of a parcel's fill: the basemap stays readable underneath. */
export const FILL_OPACITY = 0.6;
/** The plain background shown when there is no basemap or it failed to load. */
export const PLAIN_BACKGROUND = '#f3f5f1';
export const SELECTED_STROKE = '#1d39c4';

export const legendFor = (by: ColourBy): readonly LegendEntry[] => (by === 'category' ? CATEGORY_LEGEND : STATUS_LEGEND);

export function labelOf(by: ColourBy, value: unknown): string {
  return legendFor(by).find((e) => e.value === value)?.label ?? '未知';
}

export function colourOf(by: ColourBy, value: unknown): string {
  return legendFor(by).find((e) => e.value === value)?.colour ?? UNKNOWN_COLOUR;
}

/** The parcel's colour under the active colouring, from the tile feature's properties. */
export function parcelColour(by: ColourBy, props: { category?: unknown; status?: unknown }): string {
  return colourOf(by, by === 'category' ? props.category : props.status);
}

/** `#rrggbb` → `rgba(r,g,b,a)`, for translucent fills. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** Counts per legend value (unknown values under 'OTHER'), for the legend. */
export function countBy(by: ColourBy, features: readonly { category?: unknown; status?: unknown }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const known = new Set(legendFor(by).map((e) => e.value));
  for (const f of features) {
    const raw = by === 'category' ? f.category : f.status;
    const key = typeof raw === 'string' && known.has(raw) ? raw : 'OTHER';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
