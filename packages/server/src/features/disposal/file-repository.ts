import type { Queryable } from '../../db/database.ts';

/**
 * Files cited by disposal (revitalisation evidence, report photos) are uploaded through
 * POST /files and cited by their SHA-256. A file may be cited where it was uploaded (a
 * `file_uploads` row in the scope) or where it is already a case attachment in the scope.
 */

export async function insertUpload(tx: Queryable, u: { jurisdictionCode: string; id: string; sha256: string; uploadedBy: string }): Promise<void> {
  await tx.query('INSERT INTO file_uploads (jurisdiction_code, id, file_sha256, uploaded_by) VALUES ($1, $2, $3, $4)', [
    u.jurisdictionCode, u.id, u.sha256, u.uploadedBy,
  ]);
}

/** Which of the hashes the scope may cite. */
export async function citableFiles(db: Queryable, codes: string[], sha256s: string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const { rows } = await db.query<{ sha256: string }>(
    `SELECT file_sha256 AS sha256 FROM file_uploads WHERE jurisdiction_code = ANY($1) AND file_sha256 = ANY($2)
     UNION
     SELECT file_sha256 FROM case_attachments WHERE jurisdiction_code = ANY($1) AND file_sha256 = ANY($2)`,
    [codes, sha256s],
  );
  return new Set(rows.map((r) => r.sha256.trim()));
}

/** The names files are shown with. */
export async function fileNames(db: Queryable, sha256s: string[]): Promise<Map<string, string>> {
  if (sha256s.length === 0) return new Map();
  const { rows } = await db.query<{ sha256: string; name: string }>('SELECT sha256, original_name AS name FROM files WHERE sha256 = ANY($1)', [sha256s]);
  return new Map(rows.map((r) => [r.sha256.trim(), r.name]));
}
