import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isIsoDate } from '../units/dates.ts';
import factsSchema from './contracts/parcel-facts.v1.schema.json' with { type: 'json' };
import resultSchema from './contracts/identification-result.v1.schema.json' with { type: 'json' };
import type { FactsFile } from './facts.ts';
import type { IdentificationDocument } from './result.ts';

/**
 * Validation of the exchange files against the exact JSON Schemas of shared/contracts
 * (copied into ./contracts), with one Chinese message per problem and its JSON path.
 * `format: date` is checked as a real calendar date (2023-02-30 is refused).
 */
export interface ContractProblem {
  /** JSON pointer of the offending value, e.g. /parcels/3/contract/agreedStartDate */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ContractProblem[] };

let validators: { facts: ValidateFunction; result: ValidateFunction } | null = null;

function compiled() {
  if (validators === null) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('date', { type: 'string', validate: isIsoDate });
    validators = { facts: ajv.compile(factsSchema), result: ajv.compile(resultSchema) };
  }
  return validators;
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  null: 'null',
};

function messageOf(e: ErrorObject): { path: string; message: string } {
  const at = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: `${at}/${String(p.missingProperty)}`, message: '缺少必填字段' };
    case 'additionalProperties':
      return { path: `${at}/${String(p.additionalProperty)}`, message: '不允许的字段（格式中没有该字段）' };
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPE_ZH[t] ?? t);
      return { path: at, message: `类型应为${types.join('或')}` };
    }
    case 'enum':
      return { path: at, message: `取值应为 ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')} 之一` };
    case 'const':
      return { path: at, message: `应为 ${JSON.stringify(p.allowedValue)}` };
    case 'minimum':
      return { path: at, message: `不能小于 ${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { path: at, message: `应大于 ${String(p.limit)}` };
    case 'maximum':
      return { path: at, message: `不能大于 ${String(p.limit)}` };
    case 'minLength':
      return { path: at, message: '不能为空' };
    case 'format':
      return { path: at, message: p.format === 'date' ? '不是有效日期（应为 YYYY-MM-DD 格式的真实日期）' : `格式应为 ${String(p.format)}` };
    case 'pattern':
      if (String(p.pattern).includes('-[0-9]{2}-')) return { path: at, message: '不是有效日期（应为 YYYY-MM-DD 格式的真实日期）' };
      if (at === '/jurisdiction') return { path: at, message: '应为 6 位行政区划代码' };
      return { path: at, message: `格式不符（${String(p.pattern)}）` };
    default:
      return { path: at, message: e.message ?? e.keyword };
  }
}

function problemsOf(errors: ErrorObject[] | null | undefined): ContractProblem[] {
  const seen = new Set<string>();
  const out: ContractProblem[] = [];
  for (const e of errors ?? []) {
    const m = messageOf(e);
    const path = m.path === '' ? '/' : m.path;
    const key = `${path}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: m.message });
  }
  return out;
}

/** What the schema cannot say: parcel ids unique within the file, one entry per year. */
function uniquenessProblems(input: unknown): ContractProblem[] {
  const out: ContractProblem[] = [];
  const parcels = (input as { parcels?: unknown })?.parcels;
  if (!Array.isArray(parcels)) return out;
  const firstById = new Map<string, number>();
  parcels.forEach((parcel: unknown, i) => {
    const id = (parcel as { id?: unknown })?.id;
    if (typeof id === 'string') {
      const earlier = firstById.get(id);
      if (earlier !== undefined) out.push({ path: `/parcels/${i}/id`, message: `宗地标识「${id}」与 /parcels/${earlier}/id 重复（应在文件内唯一）` });
      else firstById.set(id, i);
    }
    const years = (parcel as { finance?: { years?: unknown } })?.finance?.years;
    if (!Array.isArray(years)) return;
    const firstByYear = new Map<number, number>();
    years.forEach((y: unknown, j) => {
      const year = (y as { year?: unknown })?.year;
      if (typeof year !== 'number') return;
      const earlier = firstByYear.get(year);
      if (earlier !== undefined) out.push({ path: `/parcels/${i}/finance/years/${j}/year`, message: `${year} 年度与 /parcels/${i}/finance/years/${earlier} 重复（每年一条）` });
      else firstByYear.set(year, j);
    });
  });
  return out;
}

/** Validates a parsed `panhuo.parcel-facts/1` file. */
export function validateFactsFile(input: unknown): Validated<FactsFile> {
  const v = compiled().facts;
  const problems = v(input) ? [] : problemsOf(v.errors);
  problems.push(...uniquenessProblems(input));
  return problems.length === 0 ? { ok: true, value: input as FactsFile } : { ok: false, problems };
}

/** Validates a `panhuo.identification/1` document (used by the tests and as a self-check). */
export function validateIdentificationDocument(input: unknown): Validated<IdentificationDocument> {
  const v = compiled().result;
  return v(input) ? { ok: true, value: input as IdentificationDocument } : { ok: false, problems: problemsOf(v.errors) };
}

/** `/parcels/3/contract/agreedStartDate: 不是有效日期（…）` */
export function formatContractProblem(p: ContractProblem): string {
  return `${p.path}: ${p.message}`;
}
