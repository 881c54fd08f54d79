import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { normaliseGeometry } from '../ledger/parcel-state.ts';
import { analyseImport, type Analysis } from './analyse-service.ts';
import { readGeometryFile } from './read-file.ts';
import { summaryZh, type ImportKind, type ImportReport } from './report.ts';
import { closeFootprints, insertFootprints, insertImport, listImports, lockParcels, writeOutlines } from './write-repository.ts';

export interface GeometryImportOptions {
  db: Database;
  actor: Actor;
  requestId: string;
  /** the county, checked to be in the actor's scope */
  jurisdictionCode: string;
  kind: ImportKind;
  fileName: string;
  buffer: Buffer;
  chosenSrid: number | null;
  acceptRepairs: boolean;
  dryRun: boolean;
}

export interface GeometryImportResult {
  applied: boolean;
  importId: string | null;
  report: ImportReport;
}

/**
 * Imports parcel outlines or building footprints from a file. A dry run only reports;
 * applying writes everything in one transaction or, with any problem, nothing (422).
 */
export async function importGeometry(o: GeometryImportOptions): Promise<GeometryImportResult> {
  const file = await readGeometryFile(o.fileName, o.buffer);
  if (file.features.length === 0) throw new Problem('VALIDATION_FAILED', `文件「${o.fileName}」中没有要素`);
  const analyse = (db: Queryable) =>
    analyseImport({
      db,
      kind: o.kind,
      fileName: o.fileName,
      file,
      jurisdictionCode: o.jurisdictionCode,
      zoneId: o.actor.scope.zoneId,
      chosenSrid: o.chosenSrid,
      acceptRepairs: o.acceptRepairs,
    });
  if (o.dryRun) return { applied: false, importId: null, report: (await analyse(o.db)).report };
  const importId = randomUUID();
  // The checks run again inside the write, one import of a county at a time: two files
  // applied at once cannot each pass the overlap check against the other's outlines.
  const report = await o.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`geometry_import:${o.jurisdictionCode}`]);
    const analysis = await analyse(tx);
    const { report } = analysis;
    if (!report.ok) throw new Problem('IMPORT_INVALID', summaryZh(report), { report });
    const { audit, replacedFootprints } =
      o.kind === 'PARCELS' ? { audit: await applyParcels(tx, o, analysis), replacedFootprints: 0 } : await applyBuildings(tx, o, analysis, importId);
    await insertImport(tx, { jurisdictionCode: o.jurisdictionCode, id: importId, report, actorId: o.actor.userId });
    await appendAudit(tx, [
      ...audit,
      entry(o, {
        entityType: 'import',
        entityId: importId,
        action: 'IMPORT',
        after: {
          kind: o.kind,
          fileName: o.fileName,
          format: report.format,
          srid: report.srid,
          parcelCodes: [...new Set(report.matched.map((m) => m.code))],
          ...(o.kind === 'BUILDINGS' ? { footprints: report.matched.length, replacedFootprints } : {}),
        },
      }),
    ]);
    return report;
  });
  return { applied: true, importId, report };
}

const entry = (o: GeometryImportOptions, e: Pick<AuditEntry, 'entityType' | 'entityId' | 'action' | 'after'> & Partial<AuditEntry>): AuditEntry => ({
  jurisdictionCode: o.jurisdictionCode,
  actorId: o.actor.userId,
  actorName: o.actor.displayName,
  requestId: o.requestId,
  ...e,
});

/** Redraws each matched parcel through the same audit trail as an edit: 空间范围 changed, version bumped. */
async function applyParcels(tx: Queryable, o: GeometryImportOptions, { report, outlines }: Analysis): Promise<AuditEntry[]> {
  const ids = report.matched.map((m) => m.parcelId);
  const current = new Map((await lockParcels(tx, o.jurisdictionCode, ids)).map((c) => [c.id, c]));
  const writes: Array<{ id: string; geometry: string; version: number }> = [];
  const audit: AuditEntry[] = [];
  for (const m of report.matched) {
    const before = current.get(m.parcelId);
    // closed between the dry run's check and now: refuse rather than write half the file
    if (!before) throw new Problem('VERSION_CONFLICT', `宗地「${m.code}」在导入期间已被注销，请重新导入`);
    const geometry = normaliseGeometry(outlines.get(m.featureIndex)!)!;
    if (geometry === before.geometry) continue;
    const version = before.version + 1;
    writes.push({ id: m.parcelId, geometry, version });
    audit.push(
      entry(o, { entityType: 'parcel', entityId: m.parcelId, entityVersion: version, action: 'UPDATE', before: { geometry: before.geometry }, after: { geometry } }),
    );
  }
  await writeOutlines(tx, o.jurisdictionCode, writes, o.actor.userId);
  return audit;
}

/** Replaces the footprints of every parcel the file touches; the import's audit record lists them. */
async function applyBuildings(tx: Queryable, o: GeometryImportOptions, { report, outlines, sourceRefs }: Analysis, importId: string) {
  const parcelIds = [...new Set(report.matched.map((m) => m.parcelId))];
  const closed = await closeFootprints(tx, o.jurisdictionCode, parcelIds);
  await insertFootprints(
    tx,
    o.jurisdictionCode,
    importId,
    report.matched.map((m) => ({ parcelId: m.parcelId, sourceRef: sourceRefs.get(m.featureIndex) ?? null, geometry: outlines.get(m.featureIndex)! })),
    o.actor.userId,
  );
  return { audit: [] as AuditEntry[], replacedFootprints: closed };
}

export async function listGeometryImports(db: Database, actor: Actor) {
  return listImports(db, actor.scope.codes);
}
