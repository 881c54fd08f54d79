import type { Assignment, BodyKind, MembershipRole, UnitKind } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';

/**
 * SQL of the organisation (组织架构). Every read is restricted to the jurisdiction codes
 * it is given (the actor's scope); a row outside them is simply not found.
 */

export interface UnitRow { jurisdictionCode: string; id: string; name: string; kind: UnitKind; parentUnitId: string | null; version: number }
export interface PositionRow {
  jurisdictionCode: string;
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  version: number;
  holder: { assignmentId: string; personId: string; displayName: string; from: string; to: string | null } | null;
}
export interface PersonRow { jurisdictionCode: string; id: string; displayName: string; version: number }
export interface BodyRow {
  jurisdictionCode: string;
  id: string;
  kind: BodyKind;
  name: string;
  parentBodyId: string | null;
  hostUnitId: string | null;
  duties: string[];
  zoneIds: string[];
  version: number;
}
export interface MemberRow { bodyId: string; positionId: string; role: MembershipRole; note: string | null }
export interface MemberView extends MemberRow { positionTitle: string; unitId: string; unitName: string; holder: PositionRow['holder'] }

const lockClause = (lock?: boolean) => (lock ? ' FOR UPDATE' : '');

// ---- units

const unitSelect = `SELECT jurisdiction_code AS "jurisdictionCode", id, name, kind, parent_unit_id AS "parentUnitId", version FROM org_units`;

export async function listUnits(db: Queryable, codes: string[]): Promise<UnitRow[]> {
  return (await db.query<UnitRow>(`${unitSelect} WHERE jurisdiction_code = ANY($1) ORDER BY jurisdiction_code, created_at, name`, [codes])).rows;
}

export async function loadUnit(db: Queryable, codes: string[], id: string, opts: { lock?: boolean } = {}): Promise<UnitRow | undefined> {
  return (await db.query<UnitRow>(`${unitSelect} WHERE jurisdiction_code = ANY($1) AND id = $2${lockClause(opts.lock)}`, [codes, id])).rows[0];
}

export async function insertUnit(tx: Queryable, u: Omit<UnitRow, 'version'>): Promise<void> {
  await tx.query('INSERT INTO org_units (jurisdiction_code, id, name, kind, parent_unit_id) VALUES ($1, $2, $3, $4, $5)', [
    u.jurisdictionCode, u.id, u.name, u.kind, u.parentUnitId,
  ]);
}

export async function updateUnit(tx: Queryable, u: UnitRow): Promise<void> {
  await tx.query(
    'UPDATE org_units SET name = $3, kind = $4, parent_unit_id = $5, version = $6, updated_at = now() WHERE jurisdiction_code = $1 AND id = $2',
    [u.jurisdictionCode, u.id, u.name, u.kind, u.parentUnitId, u.version],
  );
}

// ---- positions, with their holder on a date

const positionSelect = `
  SELECT p.jurisdiction_code AS "jurisdictionCode", p.id, p.unit_id AS "unitId", u.name AS "unitName", p.title, p.version,
         CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
           'assignmentId', a.id, 'personId', a.person_id, 'displayName', pe.display_name,
           'from', to_char(a.from_date, 'YYYY-MM-DD'), 'to', to_char(a.to_date, 'YYYY-MM-DD')) END AS holder
    FROM org_positions p
    JOIN org_units u ON u.jurisdiction_code = p.jurisdiction_code AND u.id = p.unit_id
    LEFT JOIN org_assignments a ON a.jurisdiction_code = p.jurisdiction_code AND a.position_id = p.id
         AND a.from_date <= $2::date AND (a.to_date IS NULL OR a.to_date >= $2::date)
    LEFT JOIN org_people pe ON pe.jurisdiction_code = a.jurisdiction_code AND pe.id = a.person_id`;

export async function listPositions(db: Queryable, codes: string[], on: string, unitId?: string): Promise<PositionRow[]> {
  const { rows } = await db.query<PositionRow>(
    `${positionSelect} WHERE p.jurisdiction_code = ANY($1) AND ($3::uuid IS NULL OR p.unit_id = $3)
      ORDER BY p.jurisdiction_code, u.created_at, u.name, p.created_at, p.title`,
    [codes, on, unitId ?? null],
  );
  return rows;
}

export async function loadPosition(db: Queryable, codes: string[], id: string, on: string): Promise<PositionRow | undefined> {
  return (await db.query<PositionRow>(`${positionSelect} WHERE p.jurisdiction_code = ANY($1) AND p.id = $3`, [codes, on, id])).rows[0];
}

/** Locks the position row: assignments to it and edits of it are serialised. */
export async function lockPosition(tx: Queryable, codes: string[], id: string): Promise<{ jurisdictionCode: string; version: number; unitId: string; title: string } | undefined> {
  const { rows } = await tx.query<{ jurisdictionCode: string; version: number; unitId: string; title: string }>(
    `SELECT jurisdiction_code AS "jurisdictionCode", version, unit_id AS "unitId", title FROM org_positions
      WHERE jurisdiction_code = ANY($1) AND id = $2 FOR UPDATE`,
    [codes, id],
  );
  return rows[0];
}

export async function insertPosition(tx: Queryable, p: { jurisdictionCode: string; id: string; unitId: string; title: string }): Promise<void> {
  await tx.query('INSERT INTO org_positions (jurisdiction_code, id, unit_id, title) VALUES ($1, $2, $3, $4)', [p.jurisdictionCode, p.id, p.unitId, p.title]);
}

export async function updatePosition(tx: Queryable, p: { jurisdictionCode: string; id: string; unitId: string; title: string; version: number }): Promise<void> {
  await tx.query('UPDATE org_positions SET unit_id = $3, title = $4, version = $5, updated_at = now() WHERE jurisdiction_code = $1 AND id = $2', [
    p.jurisdictionCode, p.id, p.unitId, p.title, p.version,
  ]);
}

// ---- people

const personSelect = `SELECT jurisdiction_code AS "jurisdictionCode", id, display_name AS "displayName", version FROM org_people`;

export async function listPeople(db: Queryable, codes: string[]): Promise<PersonRow[]> {
  return (await db.query<PersonRow>(`${personSelect} WHERE jurisdiction_code = ANY($1) ORDER BY jurisdiction_code, created_at, display_name`, [codes])).rows;
}

export async function loadPerson(db: Queryable, codes: string[], id: string, opts: { lock?: boolean } = {}): Promise<PersonRow | undefined> {
  return (await db.query<PersonRow>(`${personSelect} WHERE jurisdiction_code = ANY($1) AND id = $2${lockClause(opts.lock)}`, [codes, id])).rows[0];
}

export async function insertPerson(tx: Queryable, p: { jurisdictionCode: string; id: string; displayName: string }): Promise<void> {
  await tx.query('INSERT INTO org_people (jurisdiction_code, id, display_name) VALUES ($1, $2, $3)', [p.jurisdictionCode, p.id, p.displayName]);
}

export async function updatePerson(tx: Queryable, p: PersonRow): Promise<void> {
  await tx.query('UPDATE org_people SET display_name = $3, version = $4, updated_at = now() WHERE jurisdiction_code = $1 AND id = $2', [
    p.jurisdictionCode, p.id, p.displayName, p.version,
  ]);
}

// ---- assignments

const assignmentSelect = `
  SELECT a.id, a.position_id AS "positionId", a.person_id AS "personId", pe.display_name AS "displayName",
         to_char(a.from_date, 'YYYY-MM-DD') AS "from", to_char(a.to_date, 'YYYY-MM-DD') AS "to"
    FROM org_assignments a
    JOIN org_people pe ON pe.jurisdiction_code = a.jurisdiction_code AND pe.id = a.person_id`;

export type AssignmentRow = Assignment & { displayName: string };

export async function assignmentsOfPosition(db: Queryable, jurisdictionCode: string, positionId: string): Promise<AssignmentRow[]> {
  const { rows } = await db.query<AssignmentRow>(`${assignmentSelect} WHERE a.jurisdiction_code = $1 AND a.position_id = $2 ORDER BY a.from_date`, [
    jurisdictionCode, positionId,
  ]);
  return rows;
}

export async function insertAssignment(tx: Queryable, jurisdictionCode: string, a: Assignment): Promise<void> {
  await tx.query('INSERT INTO org_assignments (jurisdiction_code, id, position_id, person_id, from_date, to_date) VALUES ($1, $2, $3, $4, $5, $6)', [
    jurisdictionCode, a.id, a.positionId, a.personId, a.from, a.to,
  ]);
}

export async function endAssignment(tx: Queryable, jurisdictionCode: string, id: string, to: string): Promise<void> {
  await tx.query('UPDATE org_assignments SET to_date = $3 WHERE jurisdiction_code = $1 AND id = $2', [jurisdictionCode, id, to]);
}

// ---- bodies and their member positions

const bodySelect = `
  SELECT jurisdiction_code AS "jurisdictionCode", id, kind, name, parent_body_id AS "parentBodyId", host_unit_id AS "hostUnitId",
         duties, zone_ids AS "zoneIds", version
    FROM org_bodies`;

export async function listBodies(db: Queryable, codes: string[]): Promise<BodyRow[]> {
  // the headquarters first, then its office, the war zones and the task forces
  const { rows } = await db.query<BodyRow>(
    `${bodySelect} WHERE jurisdiction_code = ANY($1)
      ORDER BY jurisdiction_code, array_position(ARRAY['HQ', 'LEADING_GROUP', 'OFFICE', 'WAR_ZONE', 'TASK_FORCE'], kind), created_at, name`,
    [codes],
  );
  return rows;
}

export async function loadBody(db: Queryable, codes: string[], id: string, opts: { lock?: boolean } = {}): Promise<BodyRow | undefined> {
  return (await db.query<BodyRow>(`${bodySelect} WHERE jurisdiction_code = ANY($1) AND id = $2${lockClause(opts.lock)}`, [codes, id])).rows[0];
}

export async function insertBody(tx: Queryable, b: Omit<BodyRow, 'version'>): Promise<void> {
  await tx.query(
    `INSERT INTO org_bodies (jurisdiction_code, id, kind, name, parent_body_id, host_unit_id, duties, zone_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [b.jurisdictionCode, b.id, b.kind, b.name, b.parentBodyId, b.hostUnitId, JSON.stringify(b.duties), JSON.stringify(b.zoneIds)],
  );
}

export async function updateBody(tx: Queryable, b: BodyRow): Promise<void> {
  await tx.query(
    `UPDATE org_bodies SET kind = $3, name = $4, parent_body_id = $5, host_unit_id = $6, duties = $7::jsonb, zone_ids = $8::jsonb,
            version = $9, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [b.jurisdictionCode, b.id, b.kind, b.name, b.parentBodyId, b.hostUnitId, JSON.stringify(b.duties), JSON.stringify(b.zoneIds), b.version],
  );
}

export async function replaceMembers(tx: Queryable, jurisdictionCode: string, bodyId: string, members: Omit<MemberRow, 'bodyId'>[]): Promise<void> {
  await tx.query('DELETE FROM org_body_members WHERE jurisdiction_code = $1 AND body_id = $2', [jurisdictionCode, bodyId]);
  for (const [ordinal, m] of members.entries()) {
    await tx.query('INSERT INTO org_body_members (jurisdiction_code, body_id, position_id, role, note, ordinal) VALUES ($1, $2, $3, $4, $5, $6)', [
      jurisdictionCode, bodyId, m.positionId, m.role, m.note, ordinal,
    ]);
  }
}

/** The member positions of the bodies, in their order, with the holder of each seat on the date. */
export async function membersOf(db: Queryable, codes: string[], bodyIds: string[], on: string): Promise<MemberView[]> {
  const { rows } = await db.query<MemberView>(
    `SELECT m.body_id AS "bodyId", m.position_id AS "positionId", m.role, m.note, p.title AS "positionTitle", p.unit_id AS "unitId",
            u.name AS "unitName",
            CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
              'assignmentId', a.id, 'personId', a.person_id, 'displayName', pe.display_name,
              'from', to_char(a.from_date, 'YYYY-MM-DD'), 'to', to_char(a.to_date, 'YYYY-MM-DD')) END AS holder
       FROM org_body_members m
       JOIN org_positions p ON p.jurisdiction_code = m.jurisdiction_code AND p.id = m.position_id
       JOIN org_units u ON u.jurisdiction_code = p.jurisdiction_code AND u.id = p.unit_id
       LEFT JOIN org_assignments a ON a.jurisdiction_code = p.jurisdiction_code AND a.position_id = p.id
            AND a.from_date <= $3::date AND (a.to_date IS NULL OR a.to_date >= $3::date)
       LEFT JOIN org_people pe ON pe.jurisdiction_code = a.jurisdiction_code AND pe.id = a.person_id
      WHERE m.jurisdiction_code = ANY($1) AND m.body_id = ANY($2::uuid[])
      ORDER BY m.body_id, m.ordinal`,
    [codes, bodyIds, on],
  );
  return rows;
}

// ---- references

type Referenced = 'org_units' | 'org_positions' | 'org_people' | 'org_bodies' | 'zones';

/** Which of the ids exist in that table of the jurisdiction. */
export async function existingIds(db: Queryable, table: Referenced, jurisdictionCode: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const extra = table === 'zones' ? ' AND closed_at IS NULL' : '';
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${table} WHERE jurisdiction_code = $1 AND id = ANY($2::uuid[])${extra}`, [jurisdictionCode, ids]);
  return new Set(rows.map((r) => r.id));
}

/** Whether another unit or body of the jurisdiction already has the name (names are unique per jurisdiction). */
export async function nameTaken(db: Queryable, table: 'org_units' | 'org_bodies', jurisdictionCode: string, name: string, exceptId: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE jurisdiction_code = $1 AND name = $2 AND id <> $3`, [jurisdictionCode, name, exceptId]);
  return rows.length > 0;
}

/** The parent chain of a unit or body, for refusing cycles. */
export async function parentChain(db: Queryable, table: 'org_units' | 'org_bodies', jurisdictionCode: string, id: string): Promise<string[]> {
  const column = table === 'org_units' ? 'parent_unit_id' : 'parent_body_id';
  const chain: string[] = [];
  let current: string | null = id;
  while (current && !chain.includes(current)) {
    chain.push(current);
    const { rows }: { rows: Array<{ parent: string | null }> } = await db.query<{ parent: string | null }>(
      `SELECT ${column} AS parent FROM ${table} WHERE jurisdiction_code = $1 AND id = $2`,
      [jurisdictionCode, current],
    );
    current = rows[0]?.parent ?? null;
  }
  return chain;
}

export async function zoneNames(db: Queryable, codes: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM zones WHERE jurisdiction_code = ANY($1)', [codes]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
