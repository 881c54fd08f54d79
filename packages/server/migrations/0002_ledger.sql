-- The ledger (台账): enterprises, parcels with their construction / operations /
-- site / compliance state, the agreed terms (contracts) and yearly figures.
-- Areas in m², money in yuan, both exact numerics; fractions for percentages.

CREATE TABLE enterprises (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  name         text NOT NULL,
  uscc         text,
  legal_representative text,
  phone        text,
  address      text,
  industry_code text,
  scale        text,
  catalogue_class text,
  park_catalogue_class text,
  judicial_status text,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   uuid,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid,
  closed_at    timestamptz,
  PRIMARY KEY (jurisdiction_code, id)
);
CREATE UNIQUE INDEX enterprises_uscc ON enterprises (jurisdiction_code, uscc) WHERE uscc IS NOT NULL;
CREATE INDEX enterprises_name ON enterprises (jurisdiction_code, name);

CREATE TABLE parcels (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  code         text NOT NULL,
  name         text NOT NULL,
  unit_number  text,
  location     text,
  zone_id      uuid,
  enterprise_id uuid,
  planned_use  text,
  area_m2      numeric(16, 2) NOT NULL CHECK (area_m2 > 0),
  granted_area_m2 numeric(16, 2) CHECK (granted_area_m2 >= 0),
  acquisition_mode text,
  acquisition_date date,
  delivery_date date,
  land_price_yuan numeric(18, 2) CHECK (land_price_yuan >= 0),
  remarks      text,
  geom         geometry(MultiPolygon, 4490),

  permit_date  date,
  foundation_type text,
  started      boolean,
  actual_start_date date,
  start_evidence text,
  developed_area_m2 numeric(16, 2) CHECK (developed_area_m2 >= 0),
  invested_amount_yuan numeric(18, 2) CHECK (invested_amount_yuan >= 0),
  halted       boolean,
  halt_start_date date,
  halt_reason  text,
  completed    boolean,
  completion_date date,
  abandoned_works boolean,

  floor_area_m2 numeric(16, 2) CHECK (floor_area_m2 >= 0),
  building_footprint_m2 numeric(16, 2) CHECK (building_footprint_m2 >= 0),
  building_coverage numeric(8, 6) CHECK (building_coverage >= 0),
  plot_ratio   numeric(8, 4) CHECK (plot_ratio >= 0),
  vacant_contiguous_area_m2 numeric(16, 2) CHECK (vacant_contiguous_area_m2 >= 0),
  vacant_independently_developable boolean,

  operations_status text,
  production_ready_date date,
  production_start_date date,
  halt_production_start_date date,
  last_tax_payment_date date,
  employees    integer CHECK (employees >= 0),
  fixed_asset_investment_yuan numeric(18, 2) CHECK (fixed_asset_investment_yuan >= 0),
  sublet       boolean,
  tenant_conforms_to_plan boolean,

  safety_non_compliant boolean,
  safety_rectification_failed boolean,
  safety_closure_required boolean,
  environment_non_compliant boolean,
  environment_rectification_failed boolean,
  environment_closure_required boolean,
  fire_non_compliant boolean,
  fire_rectification_failed boolean,
  fire_closure_required boolean,
  idle_cause_type text,
  idle_cause_government_item integer CHECK (idle_cause_government_item BETWEEN 1 AND 6),
  idle_cause_verified boolean,
  idle_cause_note text,

  -- 建设经营阶段, derived from the facts above by the domain package on every write
  stage        text NOT NULL DEFAULT 'UNKNOWN',
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   uuid,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid,
  closed_at    timestamptz,
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, code),
  FOREIGN KEY (jurisdiction_code, zone_id) REFERENCES zones (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, enterprise_id) REFERENCES enterprises (jurisdiction_code, id)
);
CREATE INDEX parcels_zone ON parcels (jurisdiction_code, zone_id);
CREATE INDEX parcels_enterprise ON parcels (jurisdiction_code, enterprise_id);
CREATE INDEX parcels_geom ON parcels USING gist (geom);

-- The terms in force for a parcel. A supplementary agreement supersedes the row
-- (superseded_at set) and a new row carries the replaced dates.
CREATE TABLE parcel_contracts (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  parcel_id    uuid NOT NULL,
  contract_no  text,
  source       text,
  signed_date  date,
  agreed_start_date date,
  agreed_completion_date date,
  construction_period_end date,
  required_development_area_m2 numeric(16, 2) CHECK (required_development_area_m2 >= 0),
  total_investment_yuan numeric(18, 2) CHECK (total_investment_yuan >= 0),
  investment_intensity numeric(14, 4) CHECK (investment_intensity >= 0),
  tax_per_mu   numeric(14, 4) CHECK (tax_per_mu >= 0),
  output_per_mu numeric(14, 4) CHECK (output_per_mu >= 0),
  plot_ratio_min numeric(8, 4) CHECK (plot_ratio_min >= 0),
  other_conditions text,
  superseded_at timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id)
);
CREATE UNIQUE INDEX parcel_contracts_current ON parcel_contracts (jurisdiction_code, parcel_id) WHERE superseded_at IS NULL;

CREATE TABLE parcel_years (
  jurisdiction_code char(6) NOT NULL,
  parcel_id    uuid NOT NULL,
  year         integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  tax_paid_yuan numeric(18, 2) CHECK (tax_paid_yuan >= 0),
  land_use_tax_yuan numeric(18, 2) CHECK (land_use_tax_yuan >= 0),
  property_tax_yuan numeric(18, 2) CHECK (property_tax_yuan >= 0),
  tax_due_yuan numeric(18, 2) CHECK (tax_due_yuan >= 0),
  industrial_output_yuan numeric(18, 2) CHECK (industrial_output_yuan >= 0),
  value_added_yuan numeric(18, 2) CHECK (value_added_yuan >= 0),
  main_business_revenue_yuan numeric(18, 2) CHECK (main_business_revenue_yuan >= 0),
  energy_tce   numeric(16, 4) CHECK (energy_tce >= 0),
  electricity_kwh numeric(18, 4) CHECK (electricity_kwh >= 0),
  rd_expense_yuan numeric(18, 2) CHECK (rd_expense_yuan >= 0),
  average_employees integer CHECK (average_employees >= 0),
  PRIMARY KEY (jurisdiction_code, parcel_id, year),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id)
);
