import type { ReactNode } from 'react';
import { Alert, Button, Modal } from 'antd';
import type { SaveProblem } from './useFormSave.ts';

interface Props {
  open: boolean;
  title: ReactNode;
  width?: number;
  okText?: string;
  save: { saving: boolean; problem: SaveProblem | null; clear: () => void };
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** reloads the page's data (offered when someone else changed the record) */
  reload: () => void;
  children: ReactNode;
}

function ProblemAlert({ problem, onRefresh }: { problem: SaveProblem; onRefresh: () => void }) {
  return (
    <Alert
      type={problem.conflict ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 12, textAlign: 'left' }}
      title={problem.conflict ? '数据已被他人修改' : '未能保存'}
      description={
        problem.messages.length === 1 ? (
          problem.messages[0]
        ) : (
          <ul className="ph-problem-list">
            {problem.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
      action={
        problem.conflict && (
          <Button size="small" onClick={onRefresh}>
            刷新数据
          </Button>
        )
      }
    />
  );
}

/**
 * A dialog of the targets page: 保存 / 取消, and why a save failed shown beside 保存 — where
 * the user is, since a form with many periods is taller than the screen — with a reload
 * offered after a conflict.
 */
export function SaveDialog({ open, title, width, okText = '保存', save, onSubmit, onClose, reload, children }: Props) {
  const { problem } = save;
  const refresh = () => {
    reload();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText}
      cancelText="取消"
      confirmLoading={save.saving}
      onOk={() => void onSubmit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={save.clear}
      destroyOnHidden
      maskClosable={false}
      footer={(buttons) => (
        <>
          {problem && problem.messages.length > 0 && <ProblemAlert problem={problem} onRefresh={refresh} />}
          {buttons}
        </>
      )}
    >
      {children}
    </Modal>
  );
}
