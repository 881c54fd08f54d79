import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { login } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session/session.tsx';

interface Values {
  username: string;
  password: string;
}

/** Only paths inside the app are followed after login, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { state, setMe } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.status === 'ready') return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const me = await login(values.username.trim(), values.password);
      setMe(me);
      void navigate(next, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, {}));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="ph-login">
      <Card className="ph-login-card" variant="borderless">
        <div className="ph-login-title">
          <span className="ph-brand-mark" style={{ color: '#fff', width: 44, height: 44, fontSize: 22 }}>
            盘
          </span>
          <h1>盘活 · 闲置低效工业用地盘活平台</h1>
          <Typography.Text type="secondary">自然资源和规划局 · 工业用地台账与盘活管理</Typography.Text>
        </div>
        {error && (
          <Alert
            type={error.status === 423 ? 'warning' : 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            title={error.detail ? error.title : error.userMessage}
            description={error.detail}
          />
        )}
        <Form<Values> layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登录
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', margin: 0 }}>
          连续多次输入错误密码，账号将被临时锁定。忘记密码请联系系统管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
