import type { Writable } from 'node:stream';
import { adminLevel, type ImportSummary, type LedgerProblem } from '@panhuo/domain';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireInScope } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { applyLedgerBatch } from '../ledger/apply-batch.ts';
import type { ParcelListQuery } from '../ledger/parcel-schema.ts';
import { parseLedger } from './parse-ledger.ts';
import type { WorkbookSource } from './workbook-reader.ts';
import { sheetOf, type SheetKind } from './sheets.ts';
import { writeLedgerWorkbook, type SheetRow } from './template.ts';
import {
  activeZones,
  contractRows,
  existingParcelCodes,
  filteredEnterprises,
  filteredParcels,
  findJurisdiction,
  parcelRows,
  yearRows,
  type ExportedParcel,
} from './repository.ts';

export interface ImportLedgerOptions {
  db: Database;
  /** the county the file's parcels belong to */
  jurisdictionCode: string;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  /** a park user writes only parcels of their own zone */
  restrictToZoneId?: string | null;
  source: WorkbookSource;
}

/**
 * Imports a ledger workbook: parse and check everything, then write it all in one
 * transaction, or write nothing and answer IMPORT_INVALID with every problem found.
 */
export async function importLedger(opts: ImportLedgerOptions): Promise<ImportSummary> {
  const { db, jurisdictionCode } = opts;
  const parsed = await parseLedger(opts.source, {
    jurisdictionCode,
    zones: await activeZones(db, jurisdictionCode),
    existingParcelCodes: (codes) => existingParcelCodes(db, jurisdictionCode, codes),
  });
  if (parsed.problemCount > 0) throw importInvalid(parsed.problems, parsed.problemCount);
  const summary = await db.transaction((tx) =>
    applyLedgerBatch(
      tx,
      {
        jurisdictionCode,
        actorId: opts.actorId,
        actorName: opts.actorName,
        requestId: opts.requestId,
        restrictToZoneId: opts.restrictToZoneId ?? null,
      },
      parsed.batch,
    ),
  );
  return { ...summary, warnings: mergeFindings(parsed.warnings, summary.warnings) };
}

export function importInvalid(problems: LedgerProblem[], count = problems.length): Problem {
  const listed = problems.length < count ? `（列出前 ${problems.length} 处）` : '';
  return new Problem('IMPORT_INVALID', `共发现 ${count} 处问题，未写入任何数据${listed}`, { problems, problemCount: count });
}

/** The parse and the write may both warn of the same cell (a credit code's check character). */
function mergeFindings(a: LedgerProblem[], b: LedgerProblem[]): LedgerProblem[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((p) => {
    const key = `${p.sheet}\u0000${p.row}\u0000${p.column}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `工作表「地块」第 5 行「土地总面积（平方米）」：…` */
export function formatFinding(p: LedgerProblem): string {
  const column = p.column ? `「${p.column}」` : '';
  const where = [p.sheet ? `工作表「${p.sheet}」` : '', p.row > 0 ? `第 ${p.row} 行` : ''].join('');
  // most messages start with the column's name already: 「土地总面积（平方米）」不能为负数
  if (column && p.message.startsWith(column)) return `${where}${p.message}`;
  return where || column ? `${where}${column}：${p.message}` : p.message;
}

/**
 * The county an import writes into: the one asked for, or the actor's own when it is a
 * county. It must be a county (parcel codes are unique within a county) in the actor's scope.
 */
export async function resolveImportJurisdiction(db: Database, actor: Actor, requested: string | undefined): Promise<string> {
  const code = requested ?? actor.jurisdictionCode;
  if (!requested && adminLevel(code) !== 'COUNTY') {
    throw new Problem('VALIDATION_FAILED', '请选择要导入的县级辖区（参数 jurisdictionCode）');
  }
  requireInScope(actor, code);
  const j = await findJurisdiction(db, code);
  if (!j || j.level !== 'COUNTY') {
    throw new Problem('VALIDATION_FAILED', `「${j?.name ?? code}」不是县级辖区：台账按县级辖区导入，请选择一个县（区、市）`);
  }
  return code;
}

// ---- export -----------------------------------------------------------------------

export type ExportQuery = Omit<ParcelListQuery, 'page' | 'pageSize'>;

const EXPORT_CHUNK = 2000;

/** Finds the parcels to export; throws before anything is sent if that fails. */
export async function prepareExport(db: Database, actor: Actor, query: ExportQuery) {
  const { sort, order, ...filter } = query;
  const parcels = await filteredParcels(db, actor.scope, filter, sort, order);
  return {
    count: parcels.length,
    /** streams the workbook in the template's layout to `output` */
    write: (output: Writable) => writeLedgerWorkbook(output, { rows: (kind) => exportRows(db, actor, filter, parcels, kind) }),
  };
}

async function* exportRows(
  db: Database,
  actor: Actor,
  filter: Omit<ExportQuery, 'sort' | 'order'>,
  parcels: ExportedParcel[],
  kind: SheetKind,
): AsyncGenerator<SheetRow[]> {
  if (kind === 'enterprise') {
    yield await filteredEnterprises(db, actor.scope, filter);
    return;
  }
  const defs = sheetOf(kind)
    .columns.filter((c) => c.role === 'field')
    .map((c) => c.def);
  for (let i = 0; i < parcels.length; i += EXPORT_CHUNK) {
    const chunk = parcels.slice(i, i + EXPORT_CHUNK);
    switch (kind) {
      case 'parcel':
      case 'construction':
      case 'operations':
        yield await parcelRows(db, chunk, defs);
        break;
      case 'contract':
        yield await contractRows(db, chunk);
        break;
      case 'year':
        yield await yearRows(db, chunk);
        break;
    }
  }
}
