import { useEffect, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Empty, Typography } from 'antd';
import Feature from 'ol/Feature.js';
import type Geometry from 'ol/geom/Geometry.js';
import { buffer, getHeight, getWidth } from 'ol/extent.js';
import { getMapSettings, tileUrl } from '../../api/map.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { fitExtent } from '../../map/createMap.ts';
import { readGeometry } from '../../map/geojson.ts';
import { PLAIN_BACKGROUND } from '../../map/palette.ts';
import { useMapView } from '../../map/useMapView.ts';
import './map.css';

interface Props {
  parcelId: string;
  jurisdictionCode: string;
  /** the parcel's outline as the detail gives it (GeoJSON, EPSG:4490), or null */
  geometry: unknown;
}

/** The parcel's outline among its neighbours, on the basemap or a plain background. */
export default function ParcelMiniMap({ parcelId, jurisdictionCode, geometry }: Props) {
  const outline = useMemo(() => readGeometry(geometry), [geometry]);
  if (!outline) return <NotMapped />;
  return <MiniMap parcelId={parcelId} jurisdictionCode={jurisdictionCode} outline={outline} />;
}

function MiniMap({ parcelId, jurisdictionCode, outline }: { parcelId: string; jurisdictionCode: string; outline: Geometry }) {
  const settings = useRemote(() => getMapSettings(), []);
  const url = useMemo(() => tileUrl(jurisdictionCode), [jurisdictionCode]);
  const { ref, view, restyle } = useMapView({ tileUrl: url, basemap: settings.data?.basemap, initial: { faded: true } });

  useEffect(() => {
    if (!view) return;
    restyle({ selected: new Set([parcelId]) });
    const source = view.drawn.getSource();
    source?.clear();
    source?.addFeature(new Feature(outline));
    // room around the parcel for its neighbours: half its size on each side
    const extent = outline.getExtent();
    fitExtent(view.map, buffer(extent, Math.max(getWidth(extent), getHeight(extent)) / 2), 18);
  }, [view, outline, parcelId]);

  return (
    <>
      <div className="ph-map-mini">
        <div ref={ref} className="ph-map-canvas" data-testid="parcel-mini-map" style={{ background: PLAIN_BACKGROUND }} />
      </div>
      <Link to={`/map?parcel=${encodeURIComponent(parcelId)}`}>在一张图中查看 →</Link>
    </>
  );
}

function NotMapped() {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text>该地块尚未标图入库</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            请在「<Link to="/map/import">图形导入</Link>」上传宗地界址图形（Shapefile、GeoJSON 或 KML）
          </Typography.Text>
        </>
      }
    />
  );
}
