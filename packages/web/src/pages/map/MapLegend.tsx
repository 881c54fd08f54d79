import { Typography } from 'antd';
import { FILL_OPACITY, legendFor, withAlpha, type ColourBy } from '../../map/palette.ts';

/** The parcels in view: in all, and per legend value where each drawn feature is one parcel. */
export interface LegendCounts {
  /** null when the points cannot tell (only flagged parcels shown: a point's count holds the others too) */
  total: number | null;
  /** null while the map draws points that stand for several parcels each */
  byValue: Record<string, number> | null;
}

/** What the colours mean under the active colouring, with the parcels of each in view. */
export function MapLegend({ colourBy, counts }: { colourBy: ColourBy; counts: LegendCounts | null }) {
  const byValue = counts?.byValue ?? null;
  return (
    <div className="ph-map-legend" aria-label="图例">
      <Typography.Text strong>{colourBy === 'category' ? '认定分类' : '处置阶段'}</Typography.Text>
      {legendFor(colourBy).map((entry) => (
        <div key={entry.value} className="ph-map-legend-row">
          <span className="ph-map-swatch" style={{ background: withAlpha(entry.colour, FILL_OPACITY), borderColor: entry.colour }} />
          <span>{entry.label}</span>
          {byValue && <span className="ph-map-legend-count">{byValue[entry.value] ?? 0} 宗</span>}
        </div>
      ))}
      {byValue && <Typography.Text type="secondary" style={{ fontSize: 12 }}>宗数为当前视野内</Typography.Text>}
      {counts && !byValue && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} className="ph-map-legend-total">
          {counts.total !== null && `视野内共 ${counts.total} 宗；`}每个圆点代表附近若干宗，颜色取其中最需关注的一宗。放大到园区后按颜色分别计数。
        </Typography.Text>
      )}
    </div>
  );
}
