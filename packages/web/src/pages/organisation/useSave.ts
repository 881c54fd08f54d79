import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';
import { problemPathToName, type NamePath } from '../../format/problemPaths.ts';

export interface SaveProblem {
  messages: string[];
  /** 409 VERSION_CONFLICT: someone saved the record since it was read; only a refresh helps */
  conflict: boolean;
}

/** Where the form shows the API's message about a field path, or null to show it on top. */
export type Locate = (name: NamePath) => NamePath | null;

/** For flat forms: a problem about one of these fields shows beside it. */
export const topLevel =
  (...names: string[]): Locate =>
  (name) =>
    name.length === 1 && typeof name[0] === 'string' && names.includes(name[0]) ? name : null;

/**
 * Runs a form's save and turns the API's refusal into what the form shows: messages
 * beside their fields, the rest (and version conflicts) in an alert on top.
 */
export function useSave<V>(form: FormInstance<V>, locate: Locate) {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const run = async (save: (values: V) => Promise<void>) => {
    const values = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      await save(values);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setProblem(problemOf(err, form as FormInstance, locate));
    } finally {
      setSaving(false);
    }
  };

  return { saving, problem, run, clear: () => setProblem(null) };
}

function problemOf(err: ApiError, form: FormInstance, locate: Locate): SaveProblem {
  if (err.code === 'VERSION_CONFLICT') return { conflict: true, messages: [err.userMessage] };
  if (err.errors.length === 0) return { conflict: false, messages: [err.userMessage] };
  const general: string[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const e of err.errors) {
    const name = locate(problemPathToName(e.path));
    if (!name) {
      general.push(e.message);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  const located = [...byField.values()];
  form.setFields(located);
  if (located[0]) form.scrollToField(located[0].name, { block: 'center' });
  return { conflict: false, messages: general };
}
