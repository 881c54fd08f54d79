import { useEffect, useRef, type ReactNode } from 'react';
import { Alert } from 'antd';

/**
 * Why the server refused, at the top of a form. A long form is saved from its bottom, so the
 * alert brings itself into view each time it changes.
 */
export function RefusalAlert({ title, messages, action }: { title: string; messages: string[]; action?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = messages.join('\n');
  useEffect(() => {
    if (text) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [text]);
  if (messages.length === 0) return null;
  return (
    <div ref={ref}>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        title={title}
        description={messages.map((m) => (
          <div key={m}>{m}</div>
        ))}
        action={action}
      />
    </div>
  );
}
