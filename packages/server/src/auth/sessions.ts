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
  idle: boolean;
  stale: boolean;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  active: boolean;
  scopeCodes: string[];
}

/**
 * The actor behind a session token, or null when the token is unknown, ended, idle for
 * longer than the limit, or its user is disabled. Touches the session so it stays alive.
 */
export async function actorOfSession(db: Queryable, token: string, idleMinutes: number): Promise<Actor | null> {
  // one round trip on every request: the session, its user and the codes of the scope
  const { rows } = await db.query<SessionRow>(
    `SELECT s.token_hash AS "tokenHash",
            s.last_seen_at < now() - make_interval(mins => $2) AS idle,
            s.last_seen_at < now() - interval '1 minute' AS stale,
            u.id AS "userId", u.username, u.display_name AS "displayName", u.role,
            u.jurisdiction_code AS "jurisdictionCode", u.zone_id AS "zoneId", u.active,
            ARRAY(SELECT c.code::text FROM jurisdictions c WHERE c.path LIKE j.path || '%' ORDER BY c.code) AS "scopeCodes"
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN jurisdictions j ON j.code = u.jurisdiction_code
      WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
    [sha256(token), idleMinutes],
    { prepareAs: 'panhuo_session_actor' },
  );
  const row = rows[0];
  if (!row) return null;
  if (row.idle || !row.active) {
    await db.query('UPDATE sessions SET ended_at = now() WHERE token_hash = $1', [row.tokenHash]);
    return null;
  }
  // one write a minute is enough to keep an idle clock of 30 minutes honest
  if (row.stale) {
    await db.query(
      `UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute'`,
      [row.tokenHash],
    );
  }
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    jurisdictionCode: row.jurisdictionCode,
    zoneId: row.zoneId,
    scope: { codes: row.scopeCodes, zoneId: row.zoneId },
  };
}
