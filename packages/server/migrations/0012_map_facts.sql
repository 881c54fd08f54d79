-- What the map colours a parcel by, kept per parcel (docs/design/map.md, "Tiles (as built)").
-- A low-zoom tile stands for tens of thousands of parcels; looking up each one's latest
-- identification result, open case and plans on every request cost ~12 µs a parcel (a dense
-- z10 tile: 0.5 s). The rows are derived data: statement triggers on every table they come
-- from keep them, so the writers (ledger, runs, cases, plans, imports) need not know.
-- The category and the raw case/plan facts are stored, not the status words: which case
-- states count as 已认定 is the domain's (determinedOpenStates) and is applied when read.

CREATE TABLE parcel_map_facts (
  jurisdiction_code char(6) NOT NULL,
  parcel_id     uuid NOT NULL,
  zone_id       uuid,
  code          text NOT NULL,
  name          text NOT NULL,
  area_m2       numeric(16, 2) NOT NULL,
  closed_at     timestamptz,
  centroid_3857 geometry(Point, 3857),
  -- primary category in the latest finished identification run of the jurisdiction
  category      text NOT NULL,
  -- state of the open case, if any
  case_state    text,
  plan_open     boolean NOT NULL,
  -- a closed plan with a measure that revitalised the land
  revitalised   boolean NOT NULL,
  PRIMARY KEY (jurisdiction_code, parcel_id)
);
CREATE INDEX parcel_map_facts_centroid ON parcel_map_facts USING gist (centroid_3857) WHERE closed_at IS NULL;

-- Recomputes the rows of the given parcels (codes[i], ids[i]); a parcel gone is a row gone.
-- char(6) as the columns are: compared with text, no index of (jurisdiction_code, …) serves.
-- An upsert, not delete-and-insert: two transactions refreshing one parcel then queue on
-- its row instead of one failing on the primary key. The later of the two may write what
-- its own snapshot saw; the nightly identification run recomputes every row.
CREATE FUNCTION refresh_parcel_map_facts(codes char(6)[], ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM parcel_map_facts f
   USING unnest(codes, ids) AS k(jurisdiction_code, parcel_id)
   WHERE f.jurisdiction_code = k.jurisdiction_code AND f.parcel_id = k.parcel_id
     AND NOT EXISTS (SELECT 1 FROM parcels p WHERE p.jurisdiction_code = k.jurisdiction_code AND p.id = k.parcel_id);
  INSERT INTO parcel_map_facts (jurisdiction_code, parcel_id, zone_id, code, name, area_m2, closed_at, centroid_3857,
                                category, case_state, plan_open, revitalised)
  SELECT p.jurisdiction_code, p.id, p.zone_id, p.code, p.name, p.area_m2, p.closed_at, p.centroid_3857,
         coalesce((SELECT r.primary_category FROM identification_results r
                    WHERE r.jurisdiction_code = p.jurisdiction_code AND r.parcel_id = p.id
                      AND r.run_id = (SELECT run.id FROM identification_runs run
                                       WHERE run.jurisdiction_code = p.jurisdiction_code AND run.finished_at IS NOT NULL
                                       ORDER BY run.finished_at DESC LIMIT 1)), 'UNIDENTIFIED'),
         (SELECT c.state FROM cases c
           WHERE c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.closed_on IS NULL LIMIT 1),
         EXISTS (SELECT 1 FROM disposal_plans pl
                  WHERE pl.jurisdiction_code = p.jurisdiction_code AND pl.parcel_id = p.id AND pl.status <> 'CLOSED'),
         EXISTS (SELECT 1 FROM disposal_plans dp
                   JOIN disposal_measures m ON m.jurisdiction_code = dp.jurisdiction_code AND m.plan_id = dp.id AND m.status = 'REVITALISED'
                  WHERE dp.jurisdiction_code = p.jurisdiction_code AND dp.parcel_id = p.id AND dp.status = 'CLOSED')
    FROM parcels p
    JOIN (SELECT DISTINCT jurisdiction_code, parcel_id FROM unnest(codes, ids) AS k(jurisdiction_code, parcel_id)) k
      ON p.jurisdiction_code = k.jurisdiction_code AND p.id = k.parcel_id
   ORDER BY p.jurisdiction_code, p.id -- rows locked in one order by every writer
  ON CONFLICT (jurisdiction_code, parcel_id) DO UPDATE
     SET zone_id = EXCLUDED.zone_id, code = EXCLUDED.code, name = EXCLUDED.name, area_m2 = EXCLUDED.area_m2,
         closed_at = EXCLUDED.closed_at, centroid_3857 = EXCLUDED.centroid_3857, category = EXCLUDED.category,
         case_state = EXCLUDED.case_state, plan_open = EXCLUDED.plan_open, revitalised = EXCLUDED.revitalised;
$$;

-- Every parcel of the jurisdictions: a finished run changes the category of them all.
CREATE FUNCTION refresh_parcel_map_facts_of(codes char(6)[]) RETURNS void LANGUAGE sql AS $$
  SELECT refresh_parcel_map_facts(array_agg(p.jurisdiction_code), array_agg(p.id))
    FROM parcels p WHERE p.jurisdiction_code = ANY(codes);
$$;

-- The trigger functions read the statement's transition table, `changed_rows`: the new rows
-- on INSERT and UPDATE, the old ones on DELETE (a row's parcel does not change on UPDATE).
CREATE FUNCTION parcel_map_facts_on_parcels() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_parcel_map_facts(array_agg(jurisdiction_code), array_agg(id)) FROM changed_rows;
  RETURN NULL;
END $$;

-- cases and disposal_plans: the rows carry the parcel
CREATE FUNCTION parcel_map_facts_on_parcel_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_parcel_map_facts(array_agg(jurisdiction_code), array_agg(parcel_id)) FROM changed_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION parcel_map_facts_on_measures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_parcel_map_facts(array_agg(pl.jurisdiction_code), array_agg(pl.parcel_id))
     FROM changed_rows m JOIN disposal_plans pl ON pl.jurisdiction_code = m.jurisdiction_code AND pl.id = m.plan_id;
  RETURN NULL;
END $$;

-- A run counts once finished; a result written after its run finished counts at once.
CREATE FUNCTION parcel_map_facts_on_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_parcel_map_facts_of(array_agg(DISTINCT jurisdiction_code)) FROM changed_rows WHERE finished_at IS NOT NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION parcel_map_facts_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_parcel_map_facts(array_agg(r.jurisdiction_code), array_agg(r.parcel_id))
     FROM changed_rows r JOIN identification_runs run ON run.jurisdiction_code = r.jurisdiction_code AND run.id = r.run_id
    WHERE run.finished_at IS NOT NULL;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON parcels REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcels();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON parcels REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcels();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON parcels REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcels();

CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON cases REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();

CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON disposal_plans REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON disposal_plans REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON disposal_plans REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_parcel_rows();

CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON disposal_measures REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_measures();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON disposal_measures REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_measures();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON disposal_measures REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_measures();

CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON identification_runs REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_runs();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON identification_runs REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_runs();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON identification_runs REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_runs();

CREATE TRIGGER parcel_map_facts_insert AFTER INSERT ON identification_results REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_results();
CREATE TRIGGER parcel_map_facts_update AFTER UPDATE ON identification_results REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_results();
CREATE TRIGGER parcel_map_facts_delete AFTER DELETE ON identification_results REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parcel_map_facts_on_results();

SELECT refresh_parcel_map_facts(array_agg(jurisdiction_code), array_agg(id)) FROM parcels;
