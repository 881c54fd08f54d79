import { Button, Modal, Table, Typography } from 'antd';
import type { ConflictChange } from '../../api/types.ts';
import { formatChangeValue, formatDateTime } from '../../format/values.ts';

interface Props {
  open: boolean;
  changes: ConflictChange[];
  saving: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}

/**
 * Someone saved the parcel while this user was editing it. Show what they changed so
 * the user decides knowingly: start again from their version, or overwrite it.
 */
export function ConflictModal({ open, changes, saving, onReload, onOverwrite, onCancel }: Props) {
  return (
    <Modal
      open={open}
      title="该地块已被他人修改"
      width={820}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消
        </Button>,
        <Button key="reload" onClick={onReload}>
          加载最新数据
        </Button>,
        <Button key="overwrite" type="primary" danger loading={saving} onClick={onOverwrite}>
          以我的修改覆盖
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        在您编辑期间，其他用户保存了该地块。「加载最新数据」将放弃您本次的全部修改并显示最新内容；「以我的修改覆盖」将用您填写的内容覆盖下列修改。
      </Typography.Paragraph>
      <Table<ConflictChange>
        size="small"
        rowKey={(c) => `${c.key}-${c.at}`}
        pagination={false}
        dataSource={changes}
        scroll={{ y: 360 }}
        locale={{ emptyText: '对方未修改具体字段' }}
        columns={[
          { key: 'label', title: '字段', render: (_v, c) => c.labelZh },
          { key: 'before', title: '原值', render: (_v, c) => formatChangeValue(c.key, c.before) },
          { key: 'after', title: '对方修改为', render: (_v, c) => <Typography.Text strong>{formatChangeValue(c.key, c.after)}</Typography.Text> },
          { key: 'actor', title: '修改人', render: (_v, c) => c.actorName },
          { key: 'at', title: '修改时间', render: (_v, c) => formatDateTime(c.at) },
        ]}
      />
    </Modal>
  );
}
