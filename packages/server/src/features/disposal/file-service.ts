import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import { insertFile } from '../../files/file-repository.ts';
import { checkUpload, type FileStore } from '../../files/file-store.ts';
import { audit, invalid, type DisposalUseCase } from './context.ts';
import { citableFiles, insertUpload } from './file-repository.ts';

/**
 * Uploads outside a case (revitalisation evidence, photos of a progress report): checked
 * and stored like case attachments, held by the uploader's jurisdiction, and cited by their
 * SHA-256 (which GET /files/:sha256 downloads once a measure or report in scope cites it).
 */
export async function uploadFile(uc: DisposalUseCase & { store: FileStore; maxBytes: number }, upload: { bytes: Buffer; filename: string }) {
  const file = await checkUpload(upload.bytes, upload.filename, uc.maxBytes);
  // the bytes first: a committed row always has its file, and an orphaned file is harmless
  await uc.store.put(file.sha256, upload.bytes);
  const jurisdictionCode = uc.actor.jurisdictionCode;
  const id = randomUUID();
  await uc.db.transaction(async (tx) => {
    await insertFile(tx, file);
    await insertUpload(tx, { jurisdictionCode, id, sha256: file.sha256, uploadedBy: uc.actor.userId });
    await audit(tx, uc, {
      jurisdictionCode, entityType: 'file_upload', entityId: id, entityVersion: 1, action: 'CREATE', before: null,
      after: { fileSha256: file.sha256, originalName: file.originalName, mediaType: file.mediaType, size: file.size },
    });
  });
  return { id: file.sha256, sha256: file.sha256, originalName: file.originalName, mediaType: file.mediaType, size: file.size };
}

/** The cited files, lower-cased; a file not uploaded (or attached) within the scope is refused naming its place in the list. */
export async function requireCitable(db: Queryable, codes: string[], ids: readonly string[], path: string): Promise<string[]> {
  const wanted = [...new Set(ids.map((i) => i.toLowerCase()))];
  const ok = await citableFiles(db, codes, wanted);
  const bad = ids.findIndex((i) => !ok.has(i.toLowerCase()));
  if (bad >= 0) throw invalid(`${path}.${bad}`, '文件不存在或不在您的管辖范围内，请先上传文件（POST /files）再提交');
  return wanted;
}
