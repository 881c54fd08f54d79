import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { appendAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { insertFile, loadFile } from '../../files/file-repository.ts';
import { checkUpload, isSha256, type FileDescriptor, type FileStore } from '../../files/file-store.ts';
import { Problem } from '../../http/problems.ts';
import { eventExists, fileVisibleIn, insertAttachment, listAttachments, loadAttachment, type AttachmentRow } from './attachment-repository.ts';
import { findCaseInScope } from './case-scope.ts';
import { loadInspection } from './inspection-repository.ts';

export interface FilesUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  store: FileStore;
  maxBytes: number;
}

export interface AttachmentUpload {
  bytes: Buffer;
  filename: string;
  caption: string;
  inspectionId: string | null;
  eventSeq: number | null;
}

export const toAttachmentView = (a: AttachmentRow) => ({
  id: a.id,
  caseId: a.caseId,
  fileSha256: a.fileSha256,
  originalName: a.originalName,
  mediaType: a.mediaType,
  size: a.size,
  caption: a.caption || null,
  eventSeq: a.eventSeq,
  inspectionId: a.inspectionId,
  uploadedBy: a.uploadedBy,
  uploadedAt: a.uploadedAt,
});

/**
 * Attaches an uploaded file to a case (optionally to one of its inspections or timeline
 * steps). The bytes are stored before the transaction: a committed row always has its file,
 * and a file left without a row by a failed transaction is harmless — the next identical
 * upload re-uses it.
 */
export async function uploadAttachment(uc: FilesUseCase, caseId: string, upload: AttachmentUpload) {
  const { db, actor, store } = uc;
  // refuse a case the actor cannot see before anything is written
  await findCaseInScope(db, actor, caseId);
  const file = await checkUpload(upload.bytes, upload.filename, uc.maxBytes);
  await store.put(file.sha256, upload.bytes);
  const id = randomUUID();
  const jurisdictionCode = await db.transaction(async (tx) => {
    const kase = await findCaseInScope(tx, actor, caseId);
    if (upload.inspectionId) {
      const inspection = await loadInspection(tx, [kase.jurisdictionCode], upload.inspectionId, { lock: true });
      if (!inspection || inspection.caseId !== kase.id) {
        throw new Problem('VALIDATION_FAILED', '所选核查记录不属于该案件', { errors: [{ path: 'inspectionId', message: '所选核查记录不属于该案件' }] });
      }
      if (inspection.status === 'CONFIRMED') {
        throw new Problem('ACTION_REFUSED', '该核查记录已确认，不能再添加照片或材料；如需补充，请新建一份核查记录');
      }
    }
    if (upload.eventSeq !== null && !(await eventExists(tx, kase.jurisdictionCode, kase.id, upload.eventSeq))) {
      throw new Problem('VALIDATION_FAILED', `该案件没有第 ${upload.eventSeq} 个办理步骤`, { errors: [{ path: 'eventSeq', message: '办理步骤不存在' }] });
    }
    await insertFile(tx, file);
    await insertAttachment(tx, {
      jurisdictionCode: kase.jurisdictionCode,
      id,
      caseId: kase.id,
      file,
      caption: upload.caption,
      eventSeq: upload.eventSeq,
      inspectionId: upload.inspectionId,
      uploadedBy: actor.userId,
    });
    await appendAudit(tx, [
      {
        jurisdictionCode: kase.jurisdictionCode,
        entityType: 'attachment',
        entityId: id,
        entityVersion: 1,
        action: 'CREATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: uc.requestId,
        before: null,
        after: {
          caseId: kase.id,
          caseNo: kase.caseNo,
          fileSha256: file.sha256,
          originalName: file.originalName,
          mediaType: file.mediaType,
          size: file.size,
          caption: upload.caption,
          inspectionId: upload.inspectionId,
          eventSeq: upload.eventSeq,
        },
      },
    ]);
    return kase.jurisdictionCode;
  });
  return toAttachmentView((await loadAttachment(db, jurisdictionCode, id))!);
}

export async function listCaseAttachments(uc: Pick<FilesUseCase, 'db' | 'actor'>, caseId: string, inspectionId?: string) {
  const kase = await findCaseInScope(uc.db, uc.actor, caseId);
  return (await listAttachments(uc.db, kase.jurisdictionCode, kase.id, inspectionId)).map(toAttachmentView);
}

/** A stored file for download, if it is attached to a case the actor may see; else 404. */
export async function openFile(uc: Pick<FilesUseCase, 'db' | 'actor' | 'store'>, sha256: string): Promise<{ file: FileDescriptor; stream: ReadStream }> {
  const notFound = () => new Problem('NOT_FOUND', '未找到该文件，或该文件不在您的管辖范围内');
  const hash = sha256.toLowerCase();
  if (!isSha256(hash) || !(await fileVisibleIn(uc.db, uc.actor.scope, hash))) throw notFound();
  const file = await loadFile(uc.db, hash);
  const stream = file ? await uc.store.open(hash) : null;
  // a row without its bytes means the data folder was not restored with the database
  if (!file || !stream) throw new Problem('INTERNAL', '文件内容缺失（数据目录中找不到该文件），请联系管理员');
  return { file, stream };
}
