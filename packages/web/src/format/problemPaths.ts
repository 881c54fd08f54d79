import type { FieldProblem } from '../api/client.ts';

export type NamePath = (string | number)[];

/** "years.0.taxPaid_yuan" or "years[0].taxPaid_yuan" → ['years', 0, 'taxPaid_yuan'] */
export function problemPathToName(path: string): NamePath {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/**
 * Splits a 400's errors into those a form can show beside a field (its name exists in
 * the form) and the rest, which the page lists at the top.
 */
export function splitFieldProblems(errors: FieldProblem[], isFormField: (name: NamePath) => boolean) {
  const byField = new Map<string, { name: NamePath; messages: string[] }>();
  const general: string[] = [];
  for (const e of errors) {
    const name = problemPathToName(e.path);
    if (name.length > 0 && isFormField(name)) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, messages: [] };
      entry.messages.push(e.message);
      byField.set(key, entry);
    } else {
      general.push(e.path ? `${e.path}：${e.message}` : e.message);
    }
  }
  return { fields: [...byField.values()].map((f) => ({ name: f.name, errors: f.messages })), general };
}
