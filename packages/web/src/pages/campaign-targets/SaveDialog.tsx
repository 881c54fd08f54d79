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

/** A dialog of the targets page: 保存 / 取消, why a save failed, a reload after a conflict. */
export function SaveDialog({ open, title, width, okText = '保存', save, onSubmit, onClose, reload, children }: Props) {
  const { problem } = save;
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
    >
      {problem && problem.messages.length > 0 && (
        <Alert
          type={problem.conflict ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
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
              <Button
                size="small"
                onClick={() => {
                  reload();
                  onClose();
                }}
              >
                刷新数据
              </Button>
            )
          }
        />
      )}
      {children}
    </Modal>
  );
}
