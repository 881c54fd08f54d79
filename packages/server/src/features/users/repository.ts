import type { Role } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  jurisdictionName: string;
  zoneId: string | null;
  zoneName: string | null;
  unitName: string | null;
  /** the org_people row the user is (tasks "mine" are its positions' tasks) */
  personId: string | null;
  personName: string | null;
  active: boolean;
  version: number;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  lockedNow: boolean;
  createdAt: string;
}

const select = `SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.jurisdiction_code AS "jurisdictionCode",
    j.name AS "jurisdictionName", u.zone_id AS "zoneId", z.name AS "zoneName", u.unit_name AS "unitName",
    u.person_id AS "personId", pe.display_name AS "personName", u.active, u.version, u.password_hash AS "passwordHash", u.failed_attempts AS "failedAttempts",
    u.locked_until AS "lockedUntil", coalesce(u.locked_until > now(), false) AS "lockedNow", u.created_at AS "createdAt"
  FROM users u JOIN jurisdictions j ON j.code = u.jurisdiction_code
  LEFT JOIN zones z ON z.jurisdiction_code = u.jurisdiction_code AND z.id = u.zone_id
  LEFT JOIN org_people pe ON pe.jurisdiction_code = u.jurisdiction_code AND pe.id = u.person_id`;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  return (await db.query<UserRow>(`${select} WHERE lower(u.username) = lower($1)`, [username])).rows[0];
}

export async function findUserById(db: Queryable, id: string, scope?: Scope): Promise<UserRow | undefined> {
  return (await db.query<UserRow>(`${select} WHERE u.id = $1 AND ($2::text[] IS NULL OR u.jurisdiction_code = ANY($2))`, [id, scope?.codes ?? null])).rows[0];
}

export async function listUsers(db: Queryable, scope: Scope, page: { page: number; pageSize: number }): Promise<{ items: UserRow[]; total: number }> {
  const total = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE jurisdiction_code = ANY($1)', [scope.codes]);
  const { rows } = await db.query<UserRow>(
    `${select} WHERE u.jurisdiction_code = ANY($1) ORDER BY u.jurisdiction_code, u.username LIMIT $2 OFFSET $3`,
    [scope.codes, page.pageSize, (page.page - 1) * page.pageSize],
  );
  return { items: rows, total: total.rows[0]!.n };
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  unitName: string | null;
  personId?: string | null;
  passwordHash: string;
}

export async function insertUser(tx: Queryable, u: NewUser): Promise<void> {
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, jurisdiction_code, zone_id, unit_name, person_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [u.id, u.username, u.displayName, u.role, u.jurisdictionCode, u.zoneId, u.unitName, u.personId ?? null, u.passwordHash],
  );
}

export async function updateUserProfile(
  tx: Queryable,
  id: string,
  u: { displayName: string; role: Role; jurisdictionCode: string; zoneId: string | null; unitName: string | null; personId: string | null; active: boolean },
): Promise<void> {
  await tx.query(
    `UPDATE users SET display_name = $2, role = $3, jurisdiction_code = $4, zone_id = $5, unit_name = $6, person_id = $7, active = $8,
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, u.displayName, u.role, u.jurisdictionCode, u.zoneId, u.unitName, u.personId, u.active],
  );
}

export async function setPasswordHash(tx: Queryable, id: string, passwordHash: string): Promise<void> {
  await tx.query(
    `UPDATE users SET password_hash = $2, password_changed_at = now(), failed_attempts = 0, locked_until = NULL,
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, passwordHash],
  );
}

/** Counts a failed login; the fifth in a row locks the account for the lock-out period. */
export async function recordFailedLogin(tx: Queryable, id: string, maxAttempts: number, lockMinutes: number): Promise<{ failedAttempts: number; lockedUntil: string | null }> {
  const { rows } = await tx.query<{ failedAttempts: number; lockedUntil: string | null }>(
    `UPDATE users SET
       failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
     WHERE id = $1 RETURNING failed_attempts AS "failedAttempts", locked_until AS "lockedUntil"`,
    [id, maxAttempts, lockMinutes],
  );
  return rows[0]!;
}

export async function recordSuccessfulLogin(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [id]);
}

/** Whether the person is an org_people row of that jurisdiction. */
export async function personExists(db: Queryable, jurisdictionCode: string, personId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM org_people WHERE jurisdiction_code = $1 AND id = $2', [jurisdictionCode, personId]);
  return rows.length > 0;
}

export async function countUsers(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
}
