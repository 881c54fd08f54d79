import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Modal } from 'antd';

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

interface RefusalModalProps {
  open: boolean;
  title: string;
  okText: string;
  width: number;
  saving: boolean;
  /** why the server refused the last submit; cleared when the dialog opens again */
  refusal: string | undefined;
  clearRefusal: () => void;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog of a plan, measure or task form, with the server's refusal above the form. */
export function RefusalModal({ open, title, okText, width, saving, refusal, clearRefusal, onSubmit, onClose, children }: RefusalModalProps) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      width={width}
      confirmLoading={saving}
      onOk={() => void onSubmit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(o) => o && clearRefusal()}
    >
      <RefusalAlert title={`未能${okText}`} messages={refusal ? [refusal] : []} />
      {children}
    </Modal>
  );
}
