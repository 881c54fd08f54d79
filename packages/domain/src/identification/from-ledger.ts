import { contractFields, enterpriseFields, parcelFields, yearFields, type FieldDef } from '../ledger/fields.ts';
import type { EnterpriseRecord, FieldValue, LedgerBatch, ParcelRecord } from '../ledger/records.ts';
import { FACTS_FORMAT, type FactsFile, type ParcelFacts, type YearFacts } from './facts.ts';

/**
 * Ledger records (stored units, keyed by the field catalogue) to `panhuo.parcel-facts/1`
 * parcels, through each field's `factsPath`. A value the ledger does not have (absent or
 * null) is left out: unknown, never zero. The parcel's id is its ledger code.
 */

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: FieldValue): void {
  const keys = path.split('.');
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    let next = node[k] as Json | undefined;
    if (next === undefined) {
      next = {};
      node[k] = next;
    }
    node = next;
  }
  node[keys[keys.length - 1]!] = value;
}

function copy(target: Json, defs: FieldDef[], values: Record<string, FieldValue> | null | undefined, strip = ''): void {
  if (!values) return;
  for (const d of defs) {
    if (d.factsPath === undefined) continue;
    const v = values[d.key];
    if (v === undefined || v === null) continue;
    setPath(target, strip && d.factsPath.startsWith(strip) ? d.factsPath.slice(strip.length) : d.factsPath, v);
  }
}

/** One parcel record of the ledger, with its enterprise's record when known. */
export function ledgerRecordToFacts(record: ParcelRecord, enterprise?: EnterpriseRecord | null): ParcelFacts {
  const out: Json = { id: String(record.values.code) };
  copy(out, parcelFields, record.values);
  if (record.zoneName) out.zone = record.zoneName;
  copy(out, contractFields, record.contract);
  if (record.years && record.years.length > 0) {
    const years: YearFacts[] = [];
    for (const y of [...record.years].sort((a, b) => Number(a.year) - Number(b.year))) {
      if (typeof y.year !== 'number') continue;
      const entry: Json = {};
      copy(entry, yearFields, y);
      years.push(entry as unknown as YearFacts);
    }
    if (years.length > 0) setPath(out, 'finance.years', years as unknown as FieldValue);
  }
  const ent: Json = {};
  if (enterprise) copy(ent, enterpriseFields, enterprise.values, 'enterprise.');
  if (ent.name === undefined && record.enterpriseName) ent.name = record.enterpriseName;
  if (ent.uscc === undefined && record.enterpriseUscc) ent.uscc = record.enterpriseUscc;
  if (Object.keys(ent).length > 0) out.enterprise = ent;
  return out as unknown as ParcelFacts;
}

/** A whole ledger batch as a facts file; each parcel's enterprise is found by credit code, else by name. */
export function ledgerBatchToFacts(batch: LedgerBatch, jurisdiction?: string): FactsFile {
  const byUscc = new Map<string, EnterpriseRecord>();
  const byName = new Map<string, EnterpriseRecord>();
  for (const e of batch.enterprises) {
    if (typeof e.values.uscc === 'string') byUscc.set(e.values.uscc, e);
    if (typeof e.values.name === 'string') byName.set(e.values.name, e);
  }
  const parcels = batch.parcels.map((p) => {
    const e = (p.enterpriseUscc ? byUscc.get(p.enterpriseUscc) : undefined) ?? (p.enterpriseName ? byName.get(p.enterpriseName) : undefined);
    return ledgerRecordToFacts(p, e);
  });
  const file: FactsFile = { format: FACTS_FORMAT, parcels };
  if (jurisdiction !== undefined) file.jurisdiction = jurisdiction;
  return file;
}
