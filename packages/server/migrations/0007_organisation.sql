-- Organisation (组织架构, DOMAIN.md §7): units, positions (席位), people, who holds which
-- position when, and the coordination bodies (指挥部、领导小组、办公室、战区、专班) whose
-- members are positions, not people: a change of person never orphans a responsibility.
-- Every table is a tenant table keyed by jurisdiction first.

CREATE TABLE org_units (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('GOV', 'GOV_DEPT', 'PARK_COMMITTEE', 'TOWN', 'SUBDISTRICT', 'SOE', 'COURT', 'UTILITY', 'FINANCIAL', 'OTHER')),
  parent_unit_id uuid,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, name),
  FOREIGN KEY (jurisdiction_code, parent_unit_id) REFERENCES org_units (jurisdiction_code, id)
);

-- A seat in a unit (县自然资源局局长); several seats may share a title (三名副县长).
CREATE TABLE org_positions (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  unit_id      uuid NOT NULL,
  title        text NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, unit_id) REFERENCES org_units (jurisdiction_code, id)
);
CREATE INDEX org_positions_unit ON org_positions (jurisdiction_code, unit_id);

CREATE TABLE org_people (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  display_name text NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id)
);

-- Who held a position from when to when (inclusive; to_date NULL = still holds it). At most
-- one holder at a time: checked by the service under a lock on the position row
-- (packages/domain/src/organisation/assignments.ts), not by an exclusion constraint, which
-- would need btree_gist on both engines.
CREATE TABLE org_assignments (
  jurisdiction_code char(6) NOT NULL,
  id           uuid NOT NULL,
  position_id  uuid NOT NULL,
  person_id    uuid NOT NULL,
  from_date    date NOT NULL,
  to_date      date CHECK (to_date IS NULL OR to_date >= from_date),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, position_id) REFERENCES org_positions (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, person_id) REFERENCES org_people (jurisdiction_code, id)
);
CREATE INDEX org_assignments_position ON org_assignments (jurisdiction_code, position_id, from_date);
CREATE INDEX org_assignments_person ON org_assignments (jurisdiction_code, person_id);

CREATE TABLE org_bodies (
  jurisdiction_code char(6) NOT NULL REFERENCES jurisdictions (code),
  id           uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('HQ', 'LEADING_GROUP', 'OFFICE', 'WAR_ZONE', 'TASK_FORCE')),
  name         text NOT NULL,
  parent_body_id uuid,
  -- where an office is "设在"
  host_unit_id uuid,
  -- 任务 / 职责, verbatim (jsonb array of strings)
  duties       jsonb NOT NULL DEFAULT '[]',
  -- a war zone's parks (zones.id, jsonb array)
  zone_ids     jsonb NOT NULL DEFAULT '[]',
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_code, id),
  UNIQUE (jurisdiction_code, name),
  FOREIGN KEY (jurisdiction_code, parent_body_id) REFERENCES org_bodies (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, host_unit_id) REFERENCES org_units (jurisdiction_code, id)
);

-- A body's members are positions with a role (指挥长, 组长, 成员…), in the order listed.
CREATE TABLE org_body_members (
  jurisdiction_code char(6) NOT NULL,
  body_id      uuid NOT NULL,
  position_id  uuid NOT NULL,
  role         text NOT NULL CHECK (role IN ('COMMANDER', 'EXECUTIVE_DEPUTY', 'DEPUTY', 'LEADER', 'DEPUTY_LEADER', 'MEMBER', 'OFFICE_DIRECTOR', 'OFFICE_DEPUTY', 'STAFF')),
  note         text,
  ordinal      integer NOT NULL,
  PRIMARY KEY (jurisdiction_code, body_id, position_id, role),
  FOREIGN KEY (jurisdiction_code, body_id) REFERENCES org_bodies (jurisdiction_code, id),
  FOREIGN KEY (jurisdiction_code, position_id) REFERENCES org_positions (jurisdiction_code, id)
);
CREATE INDEX org_body_members_position ON org_body_members (jurisdiction_code, position_id);
