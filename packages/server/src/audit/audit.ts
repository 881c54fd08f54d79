import type { Queryable } from '../db/database.ts';
import { insertJsonRows, type JsonColumn } from '../db/sql.ts';

export interface AuditEntry {
  jurisdictionCode: string;
  entityType:
    | 'parcel' | 'enterprise' | 'user' | 'zone' | 'jurisdiction' | 'import'
    // the determination procedure (issue 4)
    | 'case' | 'case_settings' | 'calendar_day' | 'document' | 'issuing_unit' | 'inspection' | 'attachment'
    // organisation (issue 5)
    | 'org_unit' | 'org_position' | 'org_person' | 'org_body' | 'org_assignment'
    // campaign command (issue 5)
    | 'campaign_target' | 'campaign_report'
    // disposal (issue 5): plans, measures, tasks, progress reports, the credit blacklist, uploads outside a case
    | 'disposal_plan' | 'disposal_measure' | 'disposal_task' | 'disposal_task_report' | 'credit_blacklist' | 'file_upload'
    // the map (issue 6)
    | 'map_settings';
  entityId: string;
  entityVersion?: number | null;
  action:
    | 'CREATE' | 'UPDATE' | 'CLOSE' | 'DELETE' | 'IMPORT' | 'LOGIN' | 'LOGOUT' | 'LOGIN_FAILED' | 'PASSWORD_CHANGE'
    // a step of a case's procedure (`after.action` names it)
    | 'CASE_ACTION';
  actorId: string | null;
  actorName: string;
  requestId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends audit records; call it with the transaction of the change it records. */
export async function appendAudit(tx: Queryable, entries: AuditEntry[]): Promise<void> {
  await insertJsonRows(
    tx,
    'audit_log',
    auditColumns,
    entries.map((e) => [
      e.jurisdictionCode,
      e.entityType,
      e.entityId,
      e.entityVersion ?? null,
      e.action,
      e.actorId,
      e.actorName,
      e.requestId ?? null,
      e.before ?? null,
      e.after ?? null,
    ]),
  );
}

const auditColumns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'entity_type', type: 'text' },
  { name: 'entity_id', type: 'text' },
  { name: 'entity_version', type: 'integer' },
  { name: 'action', type: 'text' },
  { name: 'actor_id', type: 'uuid' },
  { name: 'actor_name', type: 'text' },
  { name: 'request_id', type: 'text' },
  { name: 'before', type: 'jsonb' },
  { name: 'after', type: 'jsonb' },
];

export interface AuditRecord {
  id: number;
  entityVersion: number | null;
  action: string;
  actorName: string;
  at: string;
  /** why, when the change came from elsewhere (e.g. a confirmed 核查记录) */
  reason: string | null;
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
    `SELECT id, entity_version AS "entityVersion", action, actor_name AS "actorName", at, reason, before, after
       FROM audit_log
      WHERE jurisdiction_code = $1 AND entity_type = $2 AND entity_id = $3
        AND coalesce(entity_version, 0) > $4
      ORDER BY id DESC`,
    [jurisdictionCode, entityType, entityId, sinceVersion],
  );
  return rows;
}
