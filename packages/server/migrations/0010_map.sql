-- The map (标图入库, DOMAIN.md §9.8): building footprints, the geometry files imported,
-- the map settings (basemap, area tolerance, setback) and when and how a parcel's site
-- facts were last measured from geometry.

-- Building footprints (建筑物基底) as imported; the parcel is the one the footprint lies
-- mostly inside, found at import time.
CREATE TABLE building_footprints (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  parcel_id    uuid,
  -- the feature's own id or name in the imported file, for the user to recognise it
  source_ref   text,
  import_id    uuid,
  geom         geometry(MultiPolygon, 4490) NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   uuid,
  closed_at    timestamptz,
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id)
);
CREATE INDEX building_footprints_geom ON building_footprints USING gist (geom);
CREATE INDEX building_footprints_parcel ON building_footprints (jurisdiction_code, parcel_id) WHERE closed_at IS NULL;

-- One row per geometry file applied (an import that failed wrote nothing, so it has none).
CREATE TABLE geometry_imports (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('PARCELS', 'BUILDINGS')),
  file_name    text NOT NULL,
  format       text NOT NULL CHECK (format IN ('SHAPEFILE', 'GEOJSON', 'KML')),
  -- the EPSG code the coordinates were read in (4490, 4513–4554)
  source_srid  integer NOT NULL,
  feature_count integer NOT NULL,
  -- the report shown to the user: CRS detected and why, areas, repairs accepted
  report       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   uuid,
  PRIMARY KEY (jurisdiction_code, id)
);

-- Map settings per jurisdiction; '000000' holds the deployment's defaults and a
-- jurisdiction without a row uses its nearest ancestor's.
CREATE TABLE map_settings (
  jurisdiction_code char(6) PRIMARY KEY REFERENCES jurisdictions (code),
  -- {kind:'NONE'} | {kind:'XYZ', url, attribution?} | {kind:'TIANDITU', key, layer:'vec'|'img'}
  -- | {kind:'WMTS', url, layer, matrixSet, format?, attribution?}
  basemap      jsonb NOT NULL DEFAULT '{"kind":"NONE"}',
  -- relative difference between the area computed in the GK zone and the recorded area
  -- above which the parcel is flagged (0.01 = 1 %)
  area_tolerance numeric(6, 4) NOT NULL DEFAULT 0.01 CHECK (area_tolerance > 0 AND area_tolerance < 1),
  -- the distance kept clear around each building when measuring vacant land, in metres
  vacant_setback_m numeric(6, 2) NOT NULL DEFAULT 0 CHECK (vacant_setback_m >= 0 AND vacant_setback_m <= 100),
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid
);

-- When the site facts (建筑基底面积、建筑系数、连片空闲土地面积) were last measured from
-- geometry, and how: {method, setbackM, footprintCount, srid, parcelAreaM2}.
ALTER TABLE parcels ADD COLUMN site_measured_on date;
ALTER TABLE parcels ADD COLUMN site_measurement jsonb;
