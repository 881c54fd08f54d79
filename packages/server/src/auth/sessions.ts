import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@panhuo/domain';
import type { Queryable } from '../db/database.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'panhuo_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function startSession(tx: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query('INSERT INTO sessions (token_hash, user_id) VALUES ($1, $2)', [sha256(token), userId]);
  return token;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('UPDATE sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL', [sha256(token)]);
}

export async function endSessionsOfUser(tx: Queryable, userId: string): Promise<void> {
  await tx.query('UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL', [userId]);
}

interface SessionRow {
  tokenHash: string;
  lastSeenAt: string;
  idle: boolean;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  active: boolean;
  path: string;
}

/**
 * The actor behind a session token, or null when the token is unknown, ended, idle for
 * longer than the limit, or its user is disabled. Touches the session so it stays alive.
 */
export async function actorOfSession(db: Queryable, token: string, idleMinutes: number): Promise<Actor | null> {
  const { rows } = await db.query<SessionRow>(
    `SELECT s.token_hash AS "tokenHash", s.last_seen_at AS "lastSeenAt",
            s.last_seen_at < now() - make_interval(mins => $2) AS idle,
            u.id AS "userId", u.username, u.display_name AS "displayName", u.role,
            u.jurisdiction_code AS "jurisdictionCode", u.zone_id AS "zoneId", u.active, j.path
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN jurisdictions j ON j.code = u.jurisdiction_code
      WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
    [sha256(token), idleMinutes],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.idle || !row.active) {
    await db.query('UPDATE sessions SET ended_at = now() WHERE token_hash = $1', [row.tokenHash]);
    return null;
  }
  // one write a minute is enough to keep an idle clock of 30 minutes honest
  await db.query(
    `UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute'`,
    [row.tokenHash],
  );
  const scope = await db.query<{ code: string }>('SELECT code FROM jurisdictions WHERE path LIKE $1 ORDER BY code', [
    row.path + '%',
  ]);
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    jurisdictionCode: row.jurisdictionCode,
    zoneId: row.zoneId,
    scope: { codes: scope.rows.map((r) => r.code), zoneId: row.zoneId },
  };
}
