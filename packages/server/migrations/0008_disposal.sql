-- Disposal (处置, DOMAIN.md §4, §5.3; docs/design/disposal.md §5): one plan per parcel
-- (一地一策) with its measures from the catalogue, their step history, the weekly tasks
-- assigned to positions (席位) and the progress reports on them, and the county credit
-- blacklist that a broken 限期开发 agreement leads to (D-YN05). Statuses are CHECKed here;
-- which step may follow which is the domain's (packages/domain/src/disposal/).

CREATE TABLE disposal_plans (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  -- 处置方案编号, e.g. CZ-2026-0003: numbered per jurisdiction and year (disposal_plan_sequences)
  plan_no      text NOT NULL,
  parcel_id    uuid NOT NULL,
  case_id      uuid,
  source       text NOT NULL CHECK (source IN ('CASE', 'LEDGER')),
  category     text NOT NULL CHECK (category IN ('IDLE', 'INEFFICIENT')),
  idle_cause   text CHECK (idle_cause IN ('GOVERNMENT', 'ENTERPRISE', 'JUDICIAL')),
  wp_class     text CHECK (wp_class IN ('C1', 'C2', 'C3')),
  -- the seed document whose catalogue applies (national, JD, WP…): from the case's procedure
  -- or the identification run's rule set, fixed when the plan is made
  seed         text,
  -- for a LEDGER plan: the identification run whose result flagged the parcel
  run_id       uuid,
  cause_analysis text NOT NULL,
  responsible_unit_id uuid NOT NULL,
  leader_position_id uuid NOT NULL,
  task_force_body_id uuid,
  deadline     date NOT NULL,
  status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'CLOSED')),
  returned_reason text,
  submitted_on date,
  -- D3: { bodyName, decidedOn, docNo?, opinionZh? }
  approval     jsonb,
  closed_on    date,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, plan_no),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, responsible_unit_id) REFERENCES org_units (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, leader_position_id) REFERENCES org_positions (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, task_force_body_id) REFERENCES org_bodies (jurisdiction_code, id),
  CHECK ((source = 'CASE') = (case_id IS NOT NULL)),
  CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
-- 一地一策: at most one plan per parcel that is not closed
CREATE UNIQUE INDEX disposal_plans_open_parcel ON disposal_plans (jurisdiction_code, parcel_id) WHERE status <> 'CLOSED';
CREATE INDEX disposal_plans_status ON disposal_plans (jurisdiction_code, status);
CREATE INDEX disposal_plans_case ON disposal_plans (jurisdiction_code, case_id);

-- The last 处置方案编号 taken per jurisdiction and year; taking one increments it under the
-- row's lock, so two plans made at the same moment never share a number.
CREATE TABLE disposal_plan_sequences (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_number  integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (jurisdiction_code, year)
);

CREATE TABLE disposal_measures (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  plan_id      uuid NOT NULL,
  ordinal      integer NOT NULL CHECK (ordinal >= 1),
  method_code  text NOT NULL,
  status       text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING',
                 'MONITORING', 'REVITALISED', 'ESCALATED', 'FAILED', 'CANCELLED')),
  deadline     date,
  responsible_unit_id uuid,
  responsible_position_id uuid,
  -- §4.8: counterparty, agreement, valuation, areaSplit, fee, newDeadlines, approvals, notesZh
  data         jsonb NOT NULL DEFAULT '{}',
  -- the seed's key wording and its source, copied from the catalogue when the measure is made
  legal_basis  text NOT NULL,
  status_since date NOT NULL,
  revitalised_on date,
  revitalised_area_m2 numeric(16, 2) CHECK (revitalised_area_m2 > 0),
  -- { kind, on, fileIds, noteZh? }
  evidence     jsonb,
  outcome_reason text,
  escalated_from_id uuid,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, plan_id, ordinal),
  FOREIGN KEY (jurisdiction_code, plan_id) REFERENCES disposal_plans (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, responsible_unit_id) REFERENCES org_units (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, responsible_position_id) REFERENCES org_positions (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, escalated_from_id) REFERENCES disposal_measures (jurisdiction_code, id),
  -- a revitalised measure counts towards the targets: it has its date, area and evidence
  CHECK (status <> 'REVITALISED' OR (revitalised_on IS NOT NULL AND revitalised_area_m2 IS NOT NULL AND evidence IS NOT NULL))
);
CREATE INDEX disposal_measures_plan ON disposal_measures (jurisdiction_code, plan_id);
CREATE INDEX disposal_measures_revitalised ON disposal_measures (jurisdiction_code, revitalised_on) WHERE status = 'REVITALISED';

-- Each step of a measure, append-only like the case timeline.
CREATE TABLE disposal_measure_events (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  measure_id   uuid NOT NULL,
  action       text NOT NULL,
  on_date      date NOT NULL,
  from_status  text,
  to_status    text NOT NULL,
  detail       jsonb NOT NULL DEFAULT '{}',
  actor_id     uuid,
  actor_name   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, measure_id) REFERENCES disposal_measures (jurisdiction_code, id)
);
CREATE INDEX disposal_measure_events_measure ON disposal_measure_events (jurisdiction_code, measure_id, created_at);

CREATE FUNCTION disposal_measure_events_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disposal_measure_events is append-only';
END $$;
CREATE TRIGGER disposal_measure_events_no_update BEFORE UPDATE OR DELETE ON disposal_measure_events
  FOR EACH ROW EXECUTE FUNCTION disposal_measure_events_is_append_only();

-- 把整改任务分解到周: a task is assigned to a position, never to a person, so whoever holds
-- the seat on the day sees it.
CREATE TABLE disposal_tasks (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  plan_id      uuid NOT NULL,
  measure_id   uuid,
  title        text NOT NULL,
  due_on       date NOT NULL,
  position_id  uuid NOT NULL,
  status       text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
  done_on      date,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, plan_id) REFERENCES disposal_plans (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, measure_id) REFERENCES disposal_measures (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, position_id) REFERENCES org_positions (jurisdiction_code, id),
  CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX disposal_tasks_plan ON disposal_tasks (jurisdiction_code, plan_id, due_on);
CREATE INDEX disposal_tasks_position ON disposal_tasks (jurisdiction_code, position_id, status);
CREATE INDEX disposal_tasks_open_due ON disposal_tasks (jurisdiction_code, due_on) WHERE status = 'OPEN';

-- 进展报告. Whoever reported is kept by name too: a later rename does not rewrite history.
CREATE TABLE disposal_task_reports (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  task_id      uuid NOT NULL,
  reported_on  date NOT NULL,
  progress     text NOT NULL,
  problems     text NOT NULL DEFAULT '',
  next_steps   text NOT NULL DEFAULT '',
  done         boolean NOT NULL DEFAULT false,
  -- sha256 of uploaded files (files.sha256), jsonb array
  file_ids     jsonb NOT NULL DEFAULT '[]',
  reported_by  uuid REFERENCES users (id),
  reporter_name text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, task_id) REFERENCES disposal_tasks (jurisdiction_code, id)
);
CREATE INDEX disposal_task_reports_task ON disposal_task_reports (jurisdiction_code, task_id, reported_on);

-- 全县社会信用黑名单 (D-YN05): the enterprise of a plan whose 限期开发 agreement was broken.
CREATE TABLE credit_blacklist (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  enterprise_id uuid NOT NULL,
  listed_on    date NOT NULL,
  basis        text NOT NULL,
  source       text NOT NULL,
  plan_id      uuid NOT NULL,
  measure_id   uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, measure_id),
  FOREIGN KEY (jurisdiction_code, enterprise_id) REFERENCES enterprises (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, plan_id) REFERENCES disposal_plans (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, measure_id) REFERENCES disposal_measures (jurisdiction_code, id)
);
CREATE INDEX credit_blacklist_enterprise ON credit_blacklist (jurisdiction_code, enterprise_id);

-- Files uploaded outside a case (POST /files: revitalisation evidence, report photos). The
-- row is the tenant's hold on the shared `files` row: a file may be cited only in the
-- jurisdictions it was uploaded in, so knowing a hash grants nothing.
CREATE TABLE file_uploads (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  file_sha256  char(64) NOT NULL REFERENCES files (sha256),
  uploaded_by  uuid REFERENCES users (id),
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id)
);
CREATE INDEX file_uploads_file ON file_uploads (jurisdiction_code, file_sha256);

-- The org_people row a user is: tasks "mine" are those of the positions this person holds
-- today. The person belongs to the user's jurisdiction (checked by the users service, and here).
ALTER TABLE users ADD COLUMN person_id uuid;
ALTER TABLE users ADD FOREIGN KEY (jurisdiction_code, person_id) REFERENCES org_people (jurisdiction_code, id);
