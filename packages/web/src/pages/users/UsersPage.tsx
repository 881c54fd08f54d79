import { useState } from 'react';
import { App, Alert, Button, Card, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { listUsers, updateUser } from '../../api/users.ts';
import type { User } from '../../api/types.ts';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useMe } from '../../session/session.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';

const PAGE_SIZE = 20;

function StatusTag({ user }: { user: User }) {
  if (!user.active) return <Tag>已停用</Tag>;
  if (user.locked) return <Tag color="orange">临时锁定</Tag>;
  return <Tag color="green">正常</Tag>;
}

export default function UsersPage() {
  const me = useMe();
  const { message, modal } = App.useApp();
  const [page, setPage] = useState(1);
  const users = useRemote(() => listUsers(page, PAGE_SIZE), [page]);
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const setActive = (user: User, active: boolean) => {
    modal.confirm({
      title: active ? `启用用户「${user.displayName}」？` : `停用用户「${user.displayName}」？`,
      content: active ? '启用后该用户可以重新登录。' : '停用后该用户将无法登录，其历史操作记录保留。',
      okText: active ? '启用' : '停用',
      okButtonProps: { danger: !active },
      cancelText: '取消',
      onOk: async () => {
        try {
          await updateUser(user.id, {
            displayName: user.displayName,
            role: user.role,
            jurisdictionCode: user.jurisdictionCode,
            zoneId: user.zoneId,
            unitName: user.unitName,
            active,
            version: user.version,
          });
          void message.success(active ? '已启用' : '已停用');
          users.reload();
        } catch (err) {
          void message.error(err instanceof ApiError ? err.userMessage : '操作失败');
        }
      },
    });
  };

  return (
    <div className="ph-page">
      <PageTitle
        title="用户管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增用户
          </Button>
        }
      />
      <Card variant="borderless">
        {users.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="用户列表加载失败" description={users.error.userMessage} />}
        <Table<User>
          rowKey="id"
          loading={users.loading}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: users.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个用户` }}
          columns={[
            { key: 'username', title: '用户名', render: (_v, u) => u.username },
            { key: 'displayName', title: '姓名', render: (_v, u) => u.displayName },
            { key: 'role', title: '角色', render: (_v, u) => u.roleLabel },
            { key: 'jurisdiction', title: '管辖范围', render: (_v, u) => u.jurisdictionName },
            { key: 'zone', title: '园区', render: (_v, u) => u.zoneName ?? <EmptyValue /> },
            { key: 'unit', title: '工作单位', render: (_v, u) => u.unitName ?? <EmptyValue /> },
            { key: 'person', title: '对应人员', render: (_v, u) => u.personName ?? <EmptyValue /> },
            { key: 'status', title: '状态', render: (_v, u) => <StatusTag user={u} /> },
            { key: 'createdAt', title: '创建时间', render: (_v, u) => formatDateTime(u.createdAt) },
            {
              key: 'actions',
              title: '操作',
              render: (_v, u) => (
                <Space size={0}>
                  <Button type="link" onClick={() => setEditing(u)}>
                    编辑
                  </Button>
                  <Button type="link" onClick={() => setResetting(u)}>
                    重置密码
                  </Button>
                  {u.id !== me.id &&
                    (u.active ? (
                      <Button type="link" danger onClick={() => setActive(u, false)}>
                        停用
                      </Button>
                    ) : (
                      <Button type="link" onClick={() => setActive(u, true)}>
                        启用
                      </Button>
                    ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <UserFormModal
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          users.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </div>
  );
}
