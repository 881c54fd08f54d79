import { allLedgerFields, sectionLabels, yearFields, type FieldDef } from '@panhuo/domain';
import type { MissingFact } from './schema.ts';

/**
 * A missing parcel-facts path, told the way a person fills it in: the ledger field's
 * Chinese label and the section (tab) of the parcel page, found through the catalogue's
 * `factsPath`. Yearly figures are `finance.years[year=2023].taxPaid_yuan`.
 */
const byPath = new Map<string, FieldDef>();
for (const d of allLedgerFields) if (d.factsPath !== undefined && d.entity !== 'year') byPath.set(d.factsPath, d);
const yearByPath = new Map<string, FieldDef>();
for (const d of yearFields) if (d.factsPath !== undefined) yearByPath.set(d.factsPath, d);

const yearPath = /^finance\.years\[year=(\d{4})\]\.(.+)$/;

function fromField(path: string, d: FieldDef, year: number | null): MissingFact {
  return {
    path,
    labelZh: year === null ? d.labelZh : `${year} 年${d.labelZh}`,
    fieldKey: d.key,
    entity: d.entity,
    year,
    section: d.section,
    sectionZh: sectionLabels[d.section],
  };
}

export function describeMissing(path: string): MissingFact {
  const direct = byPath.get(path);
  if (direct) return fromField(path, direct, null);
  const m = yearPath.exec(path);
  if (m) {
    const d = yearByPath.get(m[2]!);
    if (d) return fromField(path, d, Number(m[1]));
  }
  if (path === 'finance.years') {
    return { path, labelZh: '年度经营数据', fieldKey: null, entity: 'year', year: null, section: 'year', sectionZh: sectionLabels.year };
  }
  // a fact the ledger has no field for (e.g. a person's finding): shown by its path
  return { path, labelZh: path, fieldKey: null, entity: null, year: null, section: null, sectionZh: null };
}
