-- Vector tiles of the map (docs/design/map.md, "Tiles (as built)"): the outlines kept in
-- Web Mercator as well, so a tile's query finds its features by the gist index of the
-- projected geometry and does not transform every outline on every request.
-- ST_Transform and ST_Centroid are IMMUTABLE on both engines, so stored generated columns
-- follow every write of `geom` without the writers knowing about them.

ALTER TABLE parcels ADD COLUMN geom_3857 geometry(MultiPolygon, 3857)
  GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED;
-- the point drawn at low zoom, where a parcel is smaller than a pixel
ALTER TABLE parcels ADD COLUMN centroid_3857 geometry(Point, 3857)
  GENERATED ALWAYS AS (ST_Centroid(ST_Transform(geom, 3857))) STORED;
CREATE INDEX parcels_geom_3857 ON parcels USING gist (geom_3857) WHERE closed_at IS NULL;
CREATE INDEX parcels_centroid_3857 ON parcels USING gist (centroid_3857) WHERE closed_at IS NULL;

ALTER TABLE building_footprints ADD COLUMN geom_3857 geometry(MultiPolygon, 3857)
  GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED;
CREATE INDEX building_footprints_geom_3857 ON building_footprints USING gist (geom_3857) WHERE closed_at IS NULL;

-- 已盘活 on the map: a parcel's closed plans, looked up per parcel of a tile
CREATE INDEX disposal_plans_closed_parcel ON disposal_plans (jurisdiction_code, parcel_id) WHERE status = 'CLOSED';
