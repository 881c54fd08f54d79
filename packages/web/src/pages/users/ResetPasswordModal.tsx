import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { ApiError } from '../../api/client.ts';
import { resetUserPassword } from '../../api/users.ts';
import type { User } from '../../api/types.ts';
import { passwordPolicyHint, passwordRule } from '../../components/passwordRules.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    if (!user) return;
    const { password } = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      await resetUserPassword(user.id, password);
      void message.success(`已重置 ${user.displayName} 的密码`);
      onClose();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setProblem(err.errors.length > 0 ? err.errors.map((e) => e.message).join('；') : err.userMessage);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      okText="重置密码"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="密码未重置" description={problem} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="password"
          label="新密码"
          extra={passwordPolicyHint}
          rules={[{ required: true, message: '请输入新密码' }, passwordRule(user?.username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, v: string) =>
                !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
