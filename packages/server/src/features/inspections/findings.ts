import {
  contractFields,
  enterpriseFields,
  parcelFields,
  sectionLabels,
  yearFields,
  type FieldDef,
  type FieldValue,
  type LedgerBatch,
  type LedgerEntity,
} from '@panhuo/domain';
import type { z } from 'zod';
import { Problem, type FieldError } from '../../http/problems.ts';
import { contractInput, enterpriseFieldsInput, parcelFieldsInput, yearInput } from '../ledger/field-schemas.ts';
import type { StoredEnterprise } from '../ledger/enterprise-repository.ts';
import type { StoredParcel } from '../ledger/parcel-repository.ts';

/**
 * A finding names a ledger fact by the key the parcel's change history uses:
 * `started`, `operationsStatus` (the parcel's own fields), `contract.agreedStartDate`,
 * `years.2025.taxPaid_yuan`, and `enterprise.judicialStatus` for the enterprise using the
 * land. The observed value is in stored units (m², yuan, fractions, ISO dates) and is checked
 * with the same schema as a form save of that field.
 */
export interface FindingInput {
  field: string;
  observed: FieldValue;
  note?: string | null;
}

export interface Finding {
  field: string;
  label: string;
  observed: FieldValue;
  note: string | null;
  /** what the ledger held when the finding was recorded, and just before it was confirmed */
  ledgerValue: FieldValue;
}

interface FieldRef {
  entity: LedgerEntity;
  def: FieldDef;
  year?: number;
  label: string;
}

/** Keys that identify a record: an inspection observes facts, it does not re-key the ledger. */
const identityKeys = new Set(['parcel.code', 'enterprise.name', 'enterprise.uscc', 'year.year']);

const schemas: Record<LedgerEntity, { shape: Record<string, z.ZodType> }> = {
  parcel: parcelFieldsInput,
  contract: contractInput,
  year: yearInput,
  enterprise: enterpriseFieldsInput,
};

function resolveField(field: string): FieldRef | string {
  const [head, ...rest] = field.split('.');
  const find = (defs: FieldDef[], key: string | undefined) => defs.find((d) => d.key === key);
  let ref: FieldRef | undefined;
  if (rest.length === 0) {
    const def = find(parcelFields, head);
    if (def) ref = { entity: 'parcel', def, label: def.labelZh };
  } else if (head === 'contract' && rest.length === 1) {
    const def = find(contractFields, rest[0]);
    if (def) ref = { entity: 'contract', def, label: `${sectionLabels.contract}·${def.labelZh}` };
  } else if (head === 'enterprise' && rest.length === 1) {
    const def = find(enterpriseFields, rest[0]);
    if (def) ref = { entity: 'enterprise', def, label: `${sectionLabels.enterprise}·${def.labelZh}` };
  } else if (head === 'years' && rest.length === 2) {
    const year = Number(rest[0]);
    const def = find(yearFields, rest[1]);
    if (!/^\d{4}$/.test(rest[0]!) || year < 1990 || year > 2100) return `「${field}」中的年度应为 1990 至 2100 之间的四位年份`;
    if (def) ref = { entity: 'year', def, year, label: `${year}年·${def.labelZh}` };
  }
  if (!ref) return `「${field}」不是台账中的字段，请使用字段目录中的字段（如 started、contract.agreedStartDate、enterprise.judicialStatus、years.2025.taxPaid_yuan）`;
  if (identityKeys.has(`${ref.entity}.${ref.def.key}`)) return `「${ref.label}」是台账记录的标识，不能通过核查记录修改`;
  return ref;
}

/** Checks every finding and answers all problems at once, each naming the field in Chinese. */
export function checkFindings(input: FindingInput[]): Array<Omit<Finding, 'ledgerValue'>> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out: Array<Omit<Finding, 'ledgerValue'>> = [];
  input.forEach((f, i) => {
    const ref = resolveField(f.field);
    if (typeof ref === 'string') {
      errors.push({ path: `findings.${i}.field`, message: ref });
      return;
    }
    if (seen.has(f.field)) {
      errors.push({ path: `findings.${i}.field`, message: `「${ref.label}」重复出现，每个字段只能记录一次核查结果` });
      return;
    }
    seen.add(f.field);
    if (f.observed === null || f.observed === undefined || f.observed === '') {
      errors.push({ path: `findings.${i}.observed`, message: `「${ref.label}」请填写核查所见的情况` });
      return;
    }
    const parsed = schemas[ref.entity].shape[ref.def.key]!.safeParse(f.observed);
    if (!parsed.success) {
      errors.push({ path: `findings.${i}.observed`, message: parsed.error.issues.map((issue) => withLabel(issue.message, ref.label)).join('；') });
      return;
    }
    out.push({ field: f.field, label: ref.label, observed: parsed.data as FieldValue, note: f.note?.trim() || null });
  });
  if (errors.length > 0) {
    throw new Problem('VALIDATION_FAILED', errors.map((e) => e.message).join('；'), { errors });
  }
  return out;
}

/** The catalogue's messages name the field already; a message that does not gets the label. */
const withLabel = (message: string, label: string) => (message.includes('「') ? message : `「${label}」${message}`);

/** What the ledger holds for each finding's field now. */
export function ledgerValues(
  findings: Array<Omit<Finding, 'ledgerValue'>>,
  parcel: StoredParcel,
  enterprise: StoredEnterprise | undefined,
): Finding[] {
  return findings.map((f) => {
    const ref = resolveField(f.field) as FieldRef;
    const key = ref.def.key;
    let value: FieldValue | undefined;
    if (ref.entity === 'parcel') value = parcel.state.fields[key];
    else if (ref.entity === 'contract') value = parcel.state.contract?.[key];
    else if (ref.entity === 'year') value = parcel.state.years.get(ref.year!)?.[key];
    else value = enterprise?.fields[key];
    return { ...f, ledgerValue: value ?? null };
  });
}

/** Whether any finding is about the enterprise (which the parcel must then have). */
export const touchesEnterprise = (findings: Array<{ field: string }>) => findings.some((f) => f.field.startsWith('enterprise.'));

/**
 * The findings as a ledger batch for the parcel (and its enterprise): the same records an
 * Excel import produces, so the ledger's write path merges, checks, versions and audits them.
 */
export function findingsBatch(findings: Array<{ field: string; observed: FieldValue }>, parcel: StoredParcel, enterprise: StoredEnterprise | undefined): LedgerBatch {
  const values: Record<string, FieldValue> = { code: parcel.state.fields.code as string };
  const contract: Record<string, FieldValue> = {};
  const years = new Map<number, Record<string, FieldValue>>();
  const enterpriseValues: Record<string, FieldValue> = {};
  for (const f of findings) {
    const ref = resolveField(f.field) as FieldRef;
    if (ref.entity === 'parcel') values[ref.def.key] = f.observed;
    else if (ref.entity === 'contract') contract[ref.def.key] = f.observed;
    else if (ref.entity === 'year') years.set(ref.year!, { ...(years.get(ref.year!) ?? { year: ref.year! }), [ref.def.key]: f.observed });
    else enterpriseValues[ref.def.key] = f.observed;
  }
  const batch: LedgerBatch = {
    enterprises: [],
    parcels: [
      {
        values,
        ...(Object.keys(contract).length > 0 ? { contract } : {}),
        ...(years.size > 0 ? { years: [...years.values()] } : {}),
      },
    ],
  };
  if (Object.keys(enterpriseValues).length > 0 && enterprise) {
    // keyed as the import keys it: by credit code, else by name
    batch.enterprises.push({ values: { uscc: enterprise.fields.uscc ?? null, name: enterprise.fields.name ?? null, ...enterpriseValues } });
  }
  return batch;
}
