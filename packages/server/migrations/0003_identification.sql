-- Identification (认定): rule sets as versioned data, the rule sets each jurisdiction
-- runs, and stored runs with one result per parcel (the result, the facts it was
-- computed from and the rule-set version), compared with the previous run.

-- Shared reference data, not tenant data: the six rule sets of DOMAIN.md §2 are version 1,
-- written at start-up from the domain; an admin adds versions with changed thresholds.
CREATE TABLE rule_set_versions (
  rule_set_id    text NOT NULL,
  version        integer NOT NULL CHECK (version >= 1),
  definition     jsonb NOT NULL,
  effective_from date NOT NULL,
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  note           text,
  PRIMARY KEY (rule_set_id, version)
);

CREATE TABLE jurisdiction_rule_sets (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  rule_set_id       text NOT NULL,
  PRIMARY KEY (jurisdiction_code, rule_set_id)
);

CREATE TABLE identification_runs (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id               uuid NOT NULL,
  rule_set_id      text NOT NULL,
  rule_set_version integer NOT NULL,
  as_of            date NOT NULL,
  trigger          text NOT NULL CHECK (trigger IN ('MANUAL', 'NIGHTLY')),
  actor_name       text NOT NULL,
  started_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  parcel_count     integer NOT NULL DEFAULT 0,
  summary          jsonb,
  previous_run_id  uuid,
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (rule_set_id, rule_set_version) REFERENCES rule_set_versions (rule_set_id, version)
);
CREATE INDEX identification_runs_latest ON identification_runs (jurisdiction_code, rule_set_id, finished_at DESC);
-- the nightly job claims its day by inserting the run first: two processes never run it twice
CREATE UNIQUE INDEX identification_runs_nightly_claim ON identification_runs (jurisdiction_code, rule_set_id, as_of, trigger)
  WHERE trigger = 'NIGHTLY';

CREATE TABLE identification_results (
  jurisdiction_code char(6) NOT NULL,
  run_id           uuid NOT NULL,
  parcel_id        uuid NOT NULL,
  parcel_code      text NOT NULL,
  parcel_name      text NOT NULL,
  zone_id          uuid,
  zone_name        text,
  enterprise_name  text,
  area_m2          numeric(16, 2) NOT NULL,
  primary_category text NOT NULL CHECK (primary_category IN ('IDLE', 'INEFFICIENT', 'NONE', 'INCONCLUSIVE')),
  met_criteria     text[] NOT NULL,
  classes          text[] NOT NULL,
  -- criterion id → status, for filtering without unpacking the result
  criteria_status  jsonb NOT NULL,
  result           jsonb NOT NULL,
  facts            jsonb NOT NULL,
  change           text CHECK (change IN ('NEW', 'CLEARED', 'CHANGED', 'SAME')),
  PRIMARY KEY (jurisdiction_code, run_id, parcel_id),
  FOREIGN KEY (jurisdiction_code, run_id) REFERENCES identification_runs (jurisdiction_code, id) ON DELETE CASCADE
);
CREATE INDEX identification_results_code ON identification_results (jurisdiction_code, run_id, parcel_code);
