import type { ReactNode } from 'react';
import { Alert, Button, Modal } from 'antd';
import type { SaveProblem } from './useSave.ts';

/** Why a save failed; a version conflict offers to reload the page's data. */
export function ProblemAlert({ problem, onRefresh }: { problem: SaveProblem | null; onRefresh: () => void }) {
  if (!problem || problem.messages.length === 0) return null;
  return (
    <Alert
      type={problem.conflict ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      title={problem.conflict ? '数据已被他人修改' : '未能保存'}
      description={problem.messages.join('；')}
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

interface SaveModalProps {
  open: boolean;
  title: string;
  width?: number;
  save: { saving: boolean; problem: SaveProblem | null; clear: () => void };
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** reloads the page's data (offered when someone else changed the record) */
  reload: () => void;
  children: ReactNode;
}

/** The dialog of an organisation form: 保存 / 取消, why a save failed, a reload after a conflict. */
export function SaveModal({ open, title, width, save, onSubmit, onClose, reload, children }: SaveModalProps) {
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.saving}
      onOk={() => void onSubmit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={save.clear}
      destroyOnHidden
    >
      <ProblemAlert
        problem={save.problem}
        onRefresh={() => {
          reload();
          onClose();
        }}
      />
      {children}
    </Modal>
  );
}
