import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';
import { problemPathToName, splitFieldProblems } from '../../format/problemPaths.ts';

export interface SaveProblem {
  messages: string[];
  /** 409 VERSION_CONFLICT: someone saved the record since it was read; only a refresh helps */
  conflict: boolean;
}

/**
 * Runs a dialog's save and turns the server's refusal into what the dialog shows: a message
 * beside each field the form has (the server names the field), the rest — a period's dates,
 * periods that do not add up to the total, a duplicate id — in an alert on top.
 */
export function useFormSave<V>(form: FormInstance<V>) {
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
      if (err.code === 'VERSION_CONFLICT') {
        setProblem({ conflict: true, messages: [err.userMessage] });
        return;
      }
      const anyForm = form as FormInstance;
      const { fields } = splitFieldProblems(err.errors, (name) => anyForm.getFieldInstance(name) !== undefined);
      anyForm.setFields(fields);
      // the rest on top, in the server's own words: they name the period or the figure
      const located = new Set(fields.map((f) => f.name.join('.')));
      const rest = err.errors.filter((e) => !located.has(problemPathToName(e.path).join('.'))).map((e) => e.message);
      setProblem({ conflict: false, messages: err.errors.length === 0 ? [err.userMessage] : rest });
    } finally {
      setSaving(false);
    }
  };

  return { saving, problem, run, clear: () => setProblem(null) };
}
