import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { changePassword } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import { passwordPolicyHint, passwordRule } from './passwordRules.ts';

interface Props {
  open: boolean;
  username: string;
  onClose: () => void;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordDialog({ open, username, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setProblems([]);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      void message.success('密码已修改');
      form.resetFields();
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        const listed = err.errors.map((e) => e.message);
        setProblems(listed.length > 0 ? listed : [err.userMessage]);
      } else {
        setProblems([String(err)]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="确认修改"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        form.resetFields();
        setProblems([]);
        onClose();
      }}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="密码未修改"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra={passwordPolicyHint}
          rules={[{ required: true, message: '请输入新密码' }, passwordRule(username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, value: string) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
