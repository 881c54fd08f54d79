import type { Queryable } from '../db/database.ts';
import type { FileDescriptor } from './file-store.ts';

/**
 * The `files` table is shared by every jurisdiction (a file is its bytes): a person
 * reaches a file only through a tenant row that points at it, such as a case attachment.
 */
export async function insertFile(tx: Queryable, f: FileDescriptor): Promise<void> {
  // the first upload names the file; a later identical upload re-uses the row
  await tx.query(
    `INSERT INTO files (sha256, size, media_type, original_name) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO NOTHING`,
    [f.sha256, f.size, f.mediaType, f.originalName],
  );
}

export async function loadFile(db: Queryable, sha256: string): Promise<FileDescriptor | null> {
  const { rows } = await db.query<FileDescriptor>(
    `SELECT sha256, size, media_type AS "mediaType", original_name AS "originalName" FROM files WHERE sha256 = $1`,
    [sha256],
  );
  return rows[0] ?? null;
}
