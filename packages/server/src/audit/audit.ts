import type { Queryable } from '../db/database.ts';
import { chunksFor, valuesList, type ColumnSpec } from '../db/sql.ts';

export interface AuditEntry {
  jurisdictionCode: string;
  entityType: 'parcel' | 'enterprise' | 'user' | 'zone' | 'jurisdiction' | 'import';
  entityId: string;
  entityVersion?: number | null;
  action: 'CREATE' | 'UPDATE' | 'CLOSE' | 'IMPORT' | 'LOGIN' | 'LOGOUT' | 'LOGIN_FAILED' | 'PASSWORD_CHANGE';
  actorId: string | null;
  actorName: string;
  requestId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends audit records; call it with the transaction of the change it records. */
export async function appendAudit(tx: Queryable, entries: AuditEntry[]): Promise<void> {
  for (const chunk of chunksFor(entries, auditColumns.length)) {
    const params: unknown[] = [];
    const rows = chunk.map((e) => [
      e.jurisdictionCode,
      e.entityType,
      e.entityId,
      e.entityVersion ?? null,
      e.action,
      e.actorId,
      e.actorName,
      e.requestId ?? null,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    ]);
    await tx.query(
      `INSERT INTO audit_log (${auditColumns.map((c) => c.name).join(', ')}) VALUES ${valuesList(auditColumns, rows, params)}`,
      params,
    );
  }
}

const auditColumns: ColumnSpec[] = [
  'jurisdiction_code',
  'entity_type',
  'entity_id',
  'entity_version',
  'action',
  'actor_id',
  'actor_name',
  'request_id',
  'before',
  'after',
].map((name) => ({ name }));

export interface AuditRecord {
  id: number;
  entityVersion: number | null;
  action: string;
  actorName: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function auditOf(
  db: Queryable,
  jurisdictionCode: string,
  entityType: string,
  entityId: string,
  sinceVersion = 0,
): Promise<AuditRecord[]> {
  const { rows } = await db.query<AuditRecord>(
    `SELECT id, entity_version AS "entityVersion", action, actor_name AS "actorName", at, before, after
       FROM audit_log
      WHERE jurisdiction_code = $1 AND entity_type = $2 AND entity_id = $3
        AND coalesce(entity_version, 0) > $4
      ORDER BY id DESC`,
    [jurisdictionCode, entityType, entityId, sinceVersion],
  );
  return rows;
}
