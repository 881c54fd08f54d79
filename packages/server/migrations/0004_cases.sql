-- The determination procedure (认定程序, issue 4): cases taking one parcel through its
-- jurisdiction's case profile, their timeline and clocks, the documents served, field
-- inspections and uploaded files, restriction flags (P-JD04) and publications.
-- Design: docs/design/determination.md. State names are profile data (domain), so they
-- are not CHECKed here; document statuses, service methods and calendar kinds are.

-- Per-jurisdiction settings of the procedure (profile choice, objection window, fee rate…);
-- a missing row means the domain's defaults.
CREATE TABLE case_settings (
  jurisdiction_code char(6) PRIMARY KEY REFERENCES jurisdictions (code),
  settings     jsonb NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid
);

-- The national working-day calendar (国务院办公厅 holiday notice): rest days on weekdays and
-- make-up working days (调休) on weekends. Shared by every jurisdiction.
CREATE TABLE calendar_days (
  date         date PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  name         text NOT NULL DEFAULT ''
);

-- 发文机关 and their 机关代字 (the "青自然资闲" of 青自然资闲〔2026〕3号).
CREATE TABLE issuing_units (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  code         text NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  name         text NOT NULL,
  seal_name    text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, code)
);

-- The last 文号 number taken per issuing unit and year; issuing increments it under a row lock.
CREATE TABLE document_sequences (
  jurisdiction_code char(6) NOT NULL,
  issuer_code  text NOT NULL,
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_number  integer NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  PRIMARY KEY (jurisdiction_code, issuer_code, year),
  FOREIGN KEY (jurisdiction_code, issuer_code) REFERENCES issuing_units (jurisdiction_code, code)
);

CREATE TABLE cases (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  case_no      text NOT NULL,
  parcel_id    uuid NOT NULL,
  enterprise_id uuid,
  profile_id   text NOT NULL,
  state        text NOT NULL,
  category     text NOT NULL CHECK (category IN ('IDLE', 'INEFFICIENT')),
  -- the machine's CaseSnapshot fields (counts, outcomes, cause, sanction, fee…)
  snapshot     jsonb NOT NULL,
  opened_on    date NOT NULL,
  -- where it came from: by hand, or an identification run and its result for the parcel
  origin       jsonb NOT NULL,
  assignee_user_id uuid REFERENCES users (id),
  -- set when the case reaches a state without further actions (CLEARED, CLOSED)
  closed_on    date,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   uuid,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, case_no),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, enterprise_id) REFERENCES enterprises (jurisdiction_code, id)
);
-- a parcel goes through one procedure at a time
CREATE UNIQUE INDEX cases_open_parcel ON cases (jurisdiction_code, parcel_id) WHERE closed_on IS NULL;
CREATE INDEX cases_state ON cases (jurisdiction_code, state);
CREATE INDEX cases_profile ON cases (jurisdiction_code, profile_id, state);
CREATE INDEX cases_assignee ON cases (jurisdiction_code, assignee_user_id);
CREATE INDEX cases_enterprise ON cases (jurisdiction_code, enterprise_id);
CREATE INDEX cases_opened ON cases (jurisdiction_code, opened_on DESC);

-- The timeline: one row per step, append-only like the audit log.
CREATE TABLE case_events (
  jurisdiction_code char(6) NOT NULL,
  case_id      uuid NOT NULL,
  seq          integer NOT NULL CHECK (seq >= 1),
  action       text NOT NULL,
  from_state   text,
  to_state     text NOT NULL,
  -- the date the step counts for in law (China date), which clocks start from
  action_on    date NOT NULL,
  actor_id     uuid,
  actor_name   text NOT NULL,
  occurred_at  timestamptz NOT NULL DEFAULT now(),
  opinion      text,
  input        jsonb NOT NULL DEFAULT '{}',
  document_id  uuid,
  PRIMARY KEY (jurisdiction_code, case_id, seq),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id)
);

CREATE FUNCTION case_events_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END $$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_is_append_only();

-- Clocks. The open ones (met_on IS NULL) are those of the case's current state; a step
-- closes them (met_on = its date) and opens the next state's, so the history stays.
CREATE TABLE case_deadlines (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  case_id      uuid NOT NULL,
  kind         text NOT NULL,
  label        text NOT NULL,
  due_on       date NOT NULL,
  basis        text NOT NULL DEFAULT '',
  event_seq    integer,
  met_on       date,
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id)
);
CREATE INDEX case_deadlines_case ON case_deadlines (jurisdiction_code, case_id);
CREATE INDEX case_deadlines_open ON case_deadlines (jurisdiction_code, due_on) WHERE met_on IS NULL;

CREATE TABLE case_documents (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  -- null for documents of several cases (领导小组会议纪要)
  case_id      uuid,
  kind         text NOT NULL CHECK (kind IN ('INVESTIGATION_NOTICE', 'IDLE_DETERMINATION', 'JD_REVIEW_FEEDBACK',
                 'JD_DETERMINATION_NOTICE', 'HEARING_NOTICE', 'FEE_DECISION', 'RECOVERY_DECISION',
                 'ENTERPRISE_FORM', 'MEETING_MINUTES')),
  status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ISSUED', 'SERVED', 'SUPERSEDED')),
  -- the OfficialDocument (domain) as rendered; frozen once issued
  content      jsonb NOT NULL,
  doc_no       text,
  issuer_code  text,
  issued_on    date,
  issued_by    uuid,
  served_on    date,
  served_method text CHECK (served_method IN ('DIRECT', 'MAIL', 'ELECTRONIC', 'PUBLIC_NOTICE', 'LEFT_AT_ADDRESS')),
  supersedes   uuid,
  superseded_by uuid,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, issuer_code) REFERENCES issuing_units (jurisdiction_code, code),
  FOREIGN KEY (jurisdiction_code, supersedes) REFERENCES case_documents (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, superseded_by) REFERENCES case_documents (jurisdiction_code, id),
  -- an issued document has its number, unit and date; a draft has none
  CHECK (status <> 'DRAFT' OR doc_no IS NULL),
  CHECK (status NOT IN ('ISSUED', 'SERVED') OR (doc_no IS NOT NULL AND issuer_code IS NOT NULL AND issued_on IS NOT NULL)),
  CHECK ((served_on IS NULL) = (served_method IS NULL)),
  CHECK (status <> 'SERVED' OR served_on IS NOT NULL)
);
CREATE UNIQUE INDEX case_documents_doc_no ON case_documents (jurisdiction_code, doc_no) WHERE doc_no IS NOT NULL;
CREATE INDEX case_documents_case ON case_documents (jurisdiction_code, case_id, kind);

ALTER TABLE case_events ADD FOREIGN KEY (jurisdiction_code, document_id) REFERENCES case_documents (jurisdiction_code, id);

-- P-JD04: the enterprise's flags, one per catalogue entry and department.
CREATE TABLE restrictions (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  enterprise_id uuid NOT NULL,
  case_id      uuid NOT NULL,
  type         text NOT NULL CHECK (type IN ('TRANSFER_LEASE_MORTGAGE_REGISTRATION', 'PREFERENTIAL_POLICY',
                 'CONSTRUCTION_PLANNING', 'EIA_SAFETY', 'FINANCING_GUARANTEE', 'TAX_ARREARS', 'UTILITIES')),
  department   text NOT NULL,
  since        date NOT NULL,
  lifted_on    date,
  lift_reason  text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, enterprise_id) REFERENCES enterprises (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id),
  CHECK (lifted_on IS NULL OR lifted_on >= since)
);
CREATE INDEX restrictions_department ON restrictions (jurisdiction_code, department, lifted_on);
CREATE INDEX restrictions_enterprise ON restrictions (jurisdiction_code, enterprise_id);
CREATE INDEX restrictions_case ON restrictions (jurisdiction_code, case_id);

CREATE TABLE publications (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  case_id      uuid NOT NULL,
  published_on date NOT NULL,
  channel      text NOT NULL,
  url          text,
  content      text NOT NULL DEFAULT '',
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id)
);
CREATE INDEX publications_published ON publications (jurisdiction_code, published_on DESC);
CREATE INDEX publications_case ON publications (jurisdiction_code, case_id);

-- Uploaded files, content-addressed: the same photo uploaded twice is stored once.
-- Shared (reference) table; access goes through a tenant row that points at it.
CREATE TABLE files (
  sha256       char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size         bigint NOT NULL CHECK (size >= 0),
  media_type   text NOT NULL,
  original_name text NOT NULL,
  stored_at    timestamptz NOT NULL DEFAULT now()
);

-- 实地核查 records; confirming one writes its findings to the ledger.
CREATE TABLE inspections (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  case_id      uuid NOT NULL,
  parcel_id    uuid NOT NULL,
  inspected_on date NOT NULL,
  inspectors   text[] NOT NULL DEFAULT '{}',
  findings     jsonb NOT NULL DEFAULT '{}',
  status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CONFIRMED')),
  confirmed_by uuid,
  confirmed_at timestamptz,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, parcel_id) REFERENCES parcels (jurisdiction_code, id),
  CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
CREATE INDEX inspections_case ON inspections (jurisdiction_code, case_id);

CREATE TABLE case_attachments (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id      uuid NOT NULL,
  file_sha256  char(64) NOT NULL REFERENCES files (sha256),
  event_seq    integer,
  inspection_id uuid,
  caption      text NOT NULL DEFAULT '',
  uploaded_by  uuid,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, case_id) REFERENCES cases (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, inspection_id) REFERENCES inspections (jurisdiction_code, id)
);
CREATE INDEX case_attachments_case ON case_attachments (jurisdiction_code, case_id);
CREATE INDEX case_attachments_inspection ON case_attachments (jurisdiction_code, inspection_id);
