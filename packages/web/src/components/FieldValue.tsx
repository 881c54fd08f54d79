import type { FieldDef } from '@panhuo/domain';
import { EMPTY_TEXT, formatFieldValue } from '../format/values.ts';

/** An empty field reads 「—」 with a quiet 未填写, so gaps in the ledger are visible but not loud. */
export function EmptyValue() {
  return (
    <span className="ph-empty" title="未填写">
      {EMPTY_TEXT}
      <span className="ph-empty-note">未填写</span>
    </span>
  );
}

export function FieldValue({ def, value }: { def: FieldDef; value: unknown }) {
  const text = formatFieldValue(def, value);
  if (text === null) return <EmptyValue />;
  return def.type === 'text' ? <span className="ph-multiline">{text}</span> : <>{text}</>;
}
