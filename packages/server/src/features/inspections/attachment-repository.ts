import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';
import type { FileDescriptor } from '../../files/file-store.ts';

export interface AttachmentRow {
  id: string;
  caseId: string;
  fileSha256: string;
  originalName: string;
  mediaType: string;
  size: number;
  caption: string;
  eventSeq: number | null;
  inspectionId: string | null;
  uploadedById: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

const select = `
  SELECT a.id, a.case_id AS "caseId", a.file_sha256 AS "fileSha256", f.original_name AS "originalName",
         f.media_type AS "mediaType", f.size, a.caption, a.event_seq AS "eventSeq", a.inspection_id AS "inspectionId",
         a.uploaded_by AS "uploadedById", coalesce(u.display_name, '') AS "uploadedBy", a.uploaded_at AS "uploadedAt"
    FROM case_attachments a
    JOIN files f ON f.sha256 = a.file_sha256
    LEFT JOIN users u ON u.id = a.uploaded_by`;

export async function insertAttachment(
  tx: Queryable,
  a: { jurisdictionCode: string; id: string; caseId: string; file: FileDescriptor; caption: string; eventSeq: number | null; inspectionId: string | null; uploadedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_attachments (jurisdiction_code, id, case_id, file_sha256, event_seq, inspection_id, caption, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [a.jurisdictionCode, a.id, a.caseId, a.file.sha256, a.eventSeq, a.inspectionId, a.caption, a.uploadedBy],
  );
}

/** A case's attachments, oldest first; `inspectionId` narrows them to one inspection's photos. */
export async function listAttachments(db: Queryable, jurisdictionCode: string, caseId: string, inspectionId?: string): Promise<AttachmentRow[]> {
  const { rows } = await db.query<AttachmentRow>(
    `${select}
      WHERE a.jurisdiction_code = $1 AND a.case_id = $2 AND ($3::uuid IS NULL OR a.inspection_id = $3)
      ORDER BY a.uploaded_at, a.id`,
    [jurisdictionCode, caseId, inspectionId ?? null],
  );
  return rows;
}

export async function loadAttachment(db: Queryable, jurisdictionCode: string, id: string): Promise<AttachmentRow | null> {
  const { rows } = await db.query<AttachmentRow>(`${select} WHERE a.jurisdiction_code = $1 AND a.id = $2`, [jurisdictionCode, id]);
  return rows[0] ?? null;
}

/**
 * Whether the file is attached to some case the scope can see (for park staff: a case on a
 * parcel of their park). The hash alone is not a capability: knowing it grants nothing.
 */
export async function fileVisibleIn(db: Queryable, scope: Scope, sha256: string): Promise<boolean> {
  // also the files a disposal plan in scope cites: a measure's revitalisation evidence, a task's report
  const { rows } = await db.query(
    `SELECT 1
       FROM case_attachments a
       JOIN cases c ON c.jurisdiction_code = a.jurisdiction_code AND c.id = a.case_id
       JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
      WHERE a.jurisdiction_code = ANY($1) AND a.file_sha256 = $2 AND ($3::uuid IS NULL OR p.zone_id = $3)
     UNION ALL
     SELECT 1
       FROM disposal_plans pl
       JOIN parcels p ON p.jurisdiction_code = pl.jurisdiction_code AND p.id = pl.parcel_id
      WHERE pl.jurisdiction_code = ANY($1) AND ($3::uuid IS NULL OR p.zone_id = $3)
        AND (EXISTS (SELECT 1 FROM disposal_measures m
                      WHERE m.jurisdiction_code = pl.jurisdiction_code AND m.plan_id = pl.id AND m.evidence -> 'fileIds' ? $2::text)
          OR EXISTS (SELECT 1 FROM disposal_tasks t JOIN disposal_task_reports r ON r.jurisdiction_code = t.jurisdiction_code AND r.task_id = t.id
                      WHERE t.jurisdiction_code = pl.jurisdiction_code AND t.plan_id = pl.id AND r.file_ids ? $2::text))
     LIMIT 1`,
    [scope.codes, sha256, scope.zoneId],
  );
  return rows.length > 0;
}

export async function eventExists(db: Queryable, jurisdictionCode: string, caseId: string, seq: number): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM case_events WHERE jurisdiction_code = $1 AND case_id = $2 AND seq = $3', [jurisdictionCode, caseId, seq]);
  return rows.length > 0;
}
