-- Foundation: jurisdictions, zones, users and sessions, the audit trail.
CREATE EXTENSION IF NOT EXISTS postgis;

-- GB/T 2260 administrative divisions. '000000' is the deployment root (全部辖区):
-- a user bound to it sees every jurisdiction of the deployment.
CREATE TABLE jurisdictions (
  code         char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name         text NOT NULL,
  level        text NOT NULL CHECK (level IN ('ROOT', 'PROVINCE', 'CITY', 'COUNTY')),
  parent_code  char(6) REFERENCES jurisdictions (code),
  -- materialised path of codes from the root, e.g. '000000/350000/350800/350899/'
  path         text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- Parks and functional zones (园区、功能区) have no GB/T 2260 code: they hang below one.
CREATE TABLE zones (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('PARK', 'FUNCTIONAL_ZONE', 'DEVELOPMENT_ZONE', 'TOWN')),
  parent_zone_id uuid,
  boundary     geometry(MultiPolygon, 4490),
  closed_at    timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, name)
);

CREATE TABLE users (
  id           uuid PRIMARY KEY,
  username     text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9_.-]{3,40}$'),
  display_name text NOT NULL,
  role         text NOT NULL CHECK (role IN ('ADMIN', 'LEADER', 'LAND_BUREAU', 'PARK_STAFF', 'TASK_FORCE', 'DEPARTMENT')),
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  zone_id      uuid,
  unit_name    text,
  password_hash text NOT NULL,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  active       boolean NOT NULL DEFAULT true,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (jurisdiction_code, zone_id) REFERENCES zones (jurisdiction_code, id)
);

-- The session cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at     timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Append-only record of every change, written in the same transaction as the change.
-- Users and sessions are deployment-wide (reference tables under Citus); the audit log
-- is a tenant table like the ledger, keyed by jurisdiction first.
CREATE TABLE audit_log (
  id           bigserial,
  jurisdiction_code char(6) NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text NOT NULL,
  entity_version integer,
  action       text NOT NULL,
  actor_id     uuid,
  actor_name   text NOT NULL,
  request_id   text,
  at           timestamptz NOT NULL DEFAULT now(),
  before       jsonb,
  after        jsonb,
  PRIMARY KEY (jurisdiction_code, id)
);
CREATE INDEX audit_log_entity ON audit_log (jurisdiction_code, entity_type, entity_id, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
