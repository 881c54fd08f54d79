import { Typography } from 'antd';
import { FILL_OPACITY, legendFor, withAlpha, type ColourBy } from '../../map/palette.ts';

/** What the colours mean under the active colouring, with the parcels of each in view. */
export function MapLegend({ colourBy, counts }: { colourBy: ColourBy; counts: Record<string, number> | null }) {
  return (
    <div className="ph-map-legend" aria-label="图例">
      <Typography.Text strong>{colourBy === 'category' ? '认定分类' : '处置阶段'}</Typography.Text>
      {legendFor(colourBy).map((entry) => (
        <div key={entry.value} className="ph-map-legend-row">
          <span className="ph-map-swatch" style={{ background: withAlpha(entry.colour, FILL_OPACITY), borderColor: entry.colour }} />
          <span>{entry.label}</span>
          {counts && <span className="ph-map-legend-count">{counts[entry.value] ?? 0} 宗</span>}
        </div>
      ))}
      {counts && <Typography.Text type="secondary" style={{ fontSize: 12 }}>宗数为当前视野内</Typography.Text>}
    </div>
  );
}
