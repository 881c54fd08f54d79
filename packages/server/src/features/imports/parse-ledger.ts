import {
  checkContractConsistency,
  checkParcelConsistency,
  contractFields,
  fieldByKey,
  parcelFields,
  type EnterpriseRecord,
  type FieldValue,
  type LedgerBatch,
  type LedgerProblem,
  type ParcelRecord,
  type RecordSource,
} from '@panhuo/domain';
import { readWorkbook, type WorkbookSource } from './workbook-reader.ts';
import { Findings, sheetParser, type ParsedRow, type ParsedSheet, type SheetParser } from './sheet-parser.ts';
import { INSTRUCTIONS_SHEET, ledgerSheets, normaliseHeader, referenceHeaders as H, sheetOf, type SheetKind } from './sheets.ts';

/**
 * Reads a ledger workbook into a `LedgerBatch` in stored units, with every problem that
 * stops it from being written and the warnings that do not. What it needs to know of
 * the database (the zones, which parcel codes exist) comes through a `LedgerLookup`.
 *
 * Update semantics: a sheet that is absent, or a column that is absent from a sheet,
 * leaves that part of the ledger unchanged (its keys are left out of the batch); a
 * blank cell in a present column clears the value.
 */
export interface LedgerLookup {
  jurisdictionCode: string;
  zones: Array<{ id: string; name: string }>;
  /** which of these parcel codes the jurisdiction's ledger already holds */
  existingParcelCodes(codes: string[]): Promise<Set<string>>;
}

export interface ParsedLedger {
  batch: LedgerBatch;
  /** the first problems found (at most a few thousand) */
  problems: LedgerProblem[];
  /** how many problems there are in all */
  problemCount: number;
  warnings: LedgerProblem[];
}

export async function parseLedger(source: WorkbookSource, lookup: LedgerLookup): Promise<ParsedLedger> {
  const findings = new Findings();
  const { sheets, sheetNames } = await readLedgerSheets(source, findings);
  return buildLedger(sheets, sheetNames, lookup, findings);
}

/** Reads the template's sheets, each through its own parser; sheets that are not the template's are warned about. */
export async function readLedgerSheets(
  source: WorkbookSource,
  findings: Findings,
): Promise<{ sheets: Map<SheetKind, ParsedSheet>; sheetNames: string[] }> {
  const parsers = new Map<SheetKind, SheetParser>();
  const instructions = normaliseHeader(INSTRUCTIONS_SHEET);
  const info = await readWorkbook(source, (name, { date1904 }) => {
    const normalised = normaliseHeader(name);
    if (normalised === instructions) return null;
    const spec = ledgerSheets.find((s) => normaliseHeader(s.name) === normalised);
    if (!spec) {
      findings.warning(name, 0, '', `工作表「${name}」不是模板中的工作表，已忽略`);
      return null;
    }
    if (parsers.has(spec.kind)) {
      findings.problem(name, 0, '', `工作表「${spec.name}」出现了不止一次，请合并为一张`);
      return null;
    }
    const parser = sheetParser(spec, name, { date1904, findings });
    parsers.set(spec.kind, parser);
    return parser.sink;
  });
  return { sheets: new Map([...parsers].map(([kind, p]) => [kind, p.finish()])), sheetNames: info.sheetNames };
}

interface ParcelDraft {
  record: ParcelRecord;
  /** where each parcel field of the record came from */
  located: Map<string, RecordSource>;
}

const PARCEL_CHILD_KINDS = ['contract', 'construction', 'operations', 'year'] as const;

/** The cross-sheet half of the import: duplicates, references, consistency, the batch. */
export async function buildLedger(
  sheets: Map<SheetKind, ParsedSheet>,
  sheetNames: string[],
  lookup: LedgerLookup,
  findings: Findings,
): Promise<ParsedLedger> {
  const parcelSheet = sheets.get('parcel');
  if (!parcelSheet) {
    findings.problem(
      sheetOf('parcel').name,
      0,
      '',
      sheetNames.length === 0
        ? '工作簿中没有任何工作表，请下载并使用导入模板'
        : `文件中没有「${sheetOf('parcel').name}」工作表（文件中的工作表：${sheetNames.join('、')}），请下载并使用导入模板`,
    );
  }

  const enterprises = readEnterprises(sheets.get('enterprise'), findings);
  const enterpriseNameByUscc = new Map(
    enterprises.filter((e) => typeof e.values.uscc === 'string').map((e) => [e.values.uscc as string, e.values.name]),
  );

  const zoneByName = new Map(lookup.zones.map((z) => [normaliseHeader(z.name), z]));
  const drafts = new Map<string, ParcelDraft>();
  const firstRowOf = new Map<string, number>();
  for (const r of parcelSheet?.rows ?? []) {
    const code = r.values.code;
    if (typeof code !== 'string') continue;
    const source = { sheet: parcelSheet!.name, row: r.row };
    const earlier = firstRowOf.get(code);
    if (earlier !== undefined) {
      findings.problem(source.sheet, r.row, H.parcelCode, `宗地编号「${code}」与第 ${earlier} 行重复`);
      continue;
    }
    firstRowOf.set(code, r.row);
    const record: ParcelRecord = { values: { ...r.values }, source };
    if ('zoneName' in r.refs) record.zoneName = resolveZone(r.refs.zoneName ?? null, zoneByName, lookup, source, findings);
    if ('enterpriseUscc' in r.refs) record.enterpriseUscc = (r.refs.enterpriseUscc as string | null) ?? null;
    if ('enterpriseName' in r.refs) record.enterpriseName = (r.refs.enterpriseName as string | null) ?? null;
    const declared = r.refs.jurisdictionCode;
    if (typeof declared === 'string' && declared !== lookup.jurisdictionCode) {
      findings.problem(source.sheet, r.row, H.jurisdictionCode, `该行属于行政区划「${declared}」，与本次导入的辖区「${lookup.jurisdictionCode}」不一致`);
    }
    const fileName = enterpriseNameByUscc.get(record.enterpriseUscc ?? '');
    if (record.enterpriseName && typeof fileName === 'string' && fileName !== record.enterpriseName) {
      findings.warning(source.sheet, r.row, H.enterpriseName, `企业名称「${record.enterpriseName}」与「企业」工作表中该信用代码的企业「${fileName}」不一致，以信用代码为准`);
    }
    drafts.set(code, { record, located: new Map(Object.keys(r.values).map((k) => [k, source])) });
  }

  // rows of the other sheets, by parcel code, each code once (once a year for 年度数据)
  const childRows = new Map<SheetKind, Map<string, ParsedRow[]>>();
  const codesOutsideParcelSheet = new Set<string>();
  for (const kind of PARCEL_CHILD_KINDS) {
    const sheet = sheets.get(kind);
    if (!sheet) continue;
    const byCode = new Map<string, ParsedRow[]>();
    childRows.set(kind, byCode);
    const seen = new Map<string, number>();
    for (const r of sheet.rows) {
      const code = r.refs.parcelCode;
      if (typeof code !== 'string') continue;
      if (kind === 'year' && typeof r.values.year !== 'number') continue;
      const key = kind === 'year' ? `${code}\u0000${String(r.values.year)}` : code;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const what = kind === 'year' ? `宗地编号「${code}」的 ${String(r.values.year)} 年度数据` : `宗地编号「${code}」`;
        findings.problem(sheet.name, r.row, H.parcelCode, `${what}与第 ${earlier} 行重复`);
        continue;
      }
      seen.set(key, r.row);
      const list = byCode.get(code);
      if (list) list.push(r);
      else byCode.set(code, [r]);
      if (!drafts.has(code)) codesOutsideParcelSheet.add(code);
    }
  }

  const existing = await lookup.existingParcelCodes([...new Set([...drafts.keys(), ...codesOutsideParcelSheet])]);
  for (const kind of PARCEL_CHILD_KINDS) {
    const sheet = sheets.get(kind);
    for (const [code, rows] of childRows.get(kind) ?? []) {
      if (drafts.has(code)) continue;
      if (!existing.has(code)) {
        for (const r of rows) {
          findings.problem(sheet!.name, r.row, H.parcelCode, `宗地编号「${code}」既不在「${sheetOf('parcel').name}」工作表中，也不在本辖区的台账中`);
        }
        childRows.get(kind)!.delete(code);
        continue;
      }
      const first = rows[0]!;
      drafts.set(code, { record: { values: { code }, source: { sheet: sheet!.name, row: first.row } }, located: new Map() });
    }
  }

  for (const [code, draft] of drafts) {
    const { record, located } = draft;
    for (const kind of ['construction', 'operations'] as const) {
      const row = childRows.get(kind)?.get(code)?.[0];
      if (!row) continue;
      Object.assign(record.values, row.values);
      for (const k of Object.keys(row.values)) located.set(k, { sheet: sheets.get(kind)!.name, row: row.row });
    }
    const contractSheet = sheets.get('contract');
    if (contractSheet) {
      const row = childRows.get('contract')?.get(code)?.[0];
      record.contract = row ? { ...row.values } : null;
      if (row) record.contractSource = { sheet: contractSheet.name, row: row.row };
    }
    if (sheets.has('year')) record.years = (childRows.get('year')?.get(code) ?? []).map((r) => ({ ...r.values }));
    checkConsistency(draft, !existing.has(code), findings);
  }

  const parcels = [...drafts.values()].map((d) => d.record);
  if (parcels.length === 0 && enterprises.length === 0 && findings.problemCount === 0) {
    findings.problem(parcelSheet?.name ?? sheetOf('parcel').name, 0, '', '文件中没有可导入的数据行（模板示例行不会导入）');
  }
  return {
    batch: { enterprises, parcels },
    problems: findings.problems,
    problemCount: findings.problemCount,
    warnings: findings.warnings,
  };
}

function readEnterprises(sheet: ParsedSheet | undefined, findings: Findings): EnterpriseRecord[] {
  if (!sheet) return [];
  const records: EnterpriseRecord[] = [];
  const byUscc = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const r of sheet.rows) {
    const { uscc, name } = r.values;
    if (typeof uscc === 'string') {
      const earlier = byUscc.get(uscc);
      if (earlier !== undefined) findings.problem(sheet.name, r.row, fieldByKey('enterprise', 'uscc')!.labelZh, `统一社会信用代码「${uscc}」与第 ${earlier} 行重复`);
      else byUscc.set(uscc, r.row);
    } else if (typeof name === 'string') {
      const earlier = byName.get(name);
      if (earlier !== undefined) findings.problem(sheet.name, r.row, fieldByKey('enterprise', 'name')!.labelZh, `企业「${name}」与第 ${earlier} 行重复（无信用代码的企业按名称区分）`);
      else byName.set(name, r.row);
    }
    records.push({ values: { ...r.values }, source: { sheet: sheet.name, row: r.row } });
  }
  return records;
}

function resolveZone(
  name: FieldValue,
  zoneByName: Map<string, { id: string; name: string }>,
  lookup: LedgerLookup,
  source: RecordSource,
  findings: Findings,
): string | null | undefined {
  if (name === null) return null;
  const zone = zoneByName.get(normaliseHeader(String(name)));
  if (zone) return zone.name;
  const choices = lookup.zones.map((z) => z.name).join('、');
  findings.problem(source.sheet, source.row, H.zoneName, `所属园区「${String(name)}」不存在，${choices ? `可选：${choices}` : '本辖区尚未设立园区'}`);
  return undefined;
}

/**
 * The checks of `consistency.ts` on what the file says. They are run when the file says
 * everything of the parcel (a new parcel, or every field present); otherwise the write
 * checks them against the stored values it merges with.
 */
function checkConsistency(draft: ParcelDraft, isNew: boolean, findings: Findings): void {
  const { record, located } = draft;
  const source = record.source!;
  if (isNew || parcelFields.every((d) => d.key in record.values)) {
    for (const p of checkParcelConsistency(record.values)) {
      const at = located.get(p.key) ?? source;
      findings.problem(at.sheet, at.row, fieldByKey('parcel', p.key)?.labelZh ?? p.key, p.messageZh);
    }
  }
  const contract = record.contract;
  if (contract && (isNew || contractFields.every((d) => d.key in contract))) {
    for (const p of checkContractConsistency(contract)) {
      const at = record.contractSource ?? source;
      findings.problem(at.sheet, at.row, fieldByKey('contract', p.key)?.labelZh ?? p.key, p.messageZh);
    }
  }
}
