import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Badge, Button, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import {
  AimOutlined,
  AuditOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  EnvironmentOutlined,
  KeyOutlined,
  LogoutOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SyncOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { logout } from '../api/auth.ts';
import { useCan, useMe, useSession } from '../session/session.tsx';
import { useOverdueCount, useOverdueTaskCount } from '../pages/todo/useOverdueCount.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { PageLoading } from './PageLoading.tsx';

const { Sider, Header, Content } = Layout;

function selectedKey(pathname: string): string {
  for (const key of ['/identification/warnings', '/identification/what-if', '/identification/rule-sets', '/cases/review', '/admin/calendar', '/campaign/reports', '/campaign/targets']) {
    if (pathname.startsWith(key)) return key;
  }
  if (pathname.startsWith('/identification')) return '/identification';
  if (pathname.startsWith('/enterprises')) return '/enterprises';
  for (const key of ['/cases', '/todo', '/restrictions', '/publications', '/disposal', '/tasks', '/campaign', '/organisation']) if (pathname.startsWith(key)) return key;
  if (pathname.startsWith('/admin/users')) return '/admin/users';
  for (const key of ['/map/import', '/map/checks', '/settings/map']) if (pathname.startsWith(key)) return key;
  if (pathname === '/map' || pathname.startsWith('/map/')) return '/map';
  return '/parcels';
}

export function AppLayout() {
  const me = useMe();
  const can = useCan();
  const { setMe } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const overdue = useOverdueCount(can('cases:read'), location.pathname.split('/')[1] ?? '');
  const overdueTasks = useOverdueTaskCount(can('cases:read'), location.pathname.split('/')[1] ?? '');

  const items: MenuProps['items'] = [
    {
      key: 'ledger',
      icon: <DatabaseOutlined />,
      label: '土地台账',
      children: [
        { key: '/parcels', label: '地块台账' },
        { key: '/enterprises', label: '企业' },
        ...(can('ledger:import') ? [{ key: '/map/import', label: '图形导入' }] : []),
        { key: '/map/checks', label: '图形质检' },
      ],
    },
    {
      key: 'identification',
      icon: <AuditOutlined />,
      label: '闲置低效认定',
      children: [
        { key: '/identification', label: '认定结果' },
        { key: '/identification/warnings', label: '预警' },
        { key: '/identification/what-if', label: '规则模拟' },
        ...(can('rules:manage') ? [{ key: '/identification/rule-sets', label: '规则版本' }] : []),
      ],
    },
    ...(can('cases:read')
      ? [
          {
            key: 'cases',
            icon: <FileProtectOutlined />,
            label: '认定程序',
            children: [
              {
                key: '/todo',
                label: (
                  <span>
                    我的待办
                    {overdue > 0 && <Badge count={overdue} size="small" title={`${overdue} 件已逾期`} style={{ marginLeft: 8, boxShadow: 'none' }} />}
                  </span>
                ),
              },
              { key: '/cases', label: '认定案件' },
              ...(can('cases:review') ? [{ key: '/cases/review', label: '领导小组审定' }] : []),
              { key: '/restrictions', label: '限制措施清单' },
              { key: '/publications', label: '公示记录' },
            ],
          },
        ]
      : []),
    ...(can('cases:read')
      ? [
          {
            key: 'disposal',
            icon: <SyncOutlined />,
            label: '处置与盘活',
            children: [
              { key: '/disposal', label: '处置方案' },
              {
                key: '/tasks',
                label: (
                  <span>
                    任务调度
                    {overdueTasks > 0 && <Badge count={overdueTasks} size="small" title={`您的席位有 ${overdueTasks} 项任务已逾期`} style={{ marginLeft: 8, boxShadow: 'none' }} />}
                  </span>
                ),
              },
            ],
          },
          {
            key: 'campaign',
            icon: <ScheduleOutlined />,
            label: '攻坚调度',
            children: [
              { key: '/campaign', label: '指挥部驾驶舱' },
              { key: '/campaign/reports', label: '调度报表' },
              { key: '/campaign/targets', label: '攻坚目标' },
              { key: '/organisation', label: '组织架构' },
            ],
          },
        ]
      : []),
    { key: '/map', icon: <EnvironmentOutlined />, label: '一张图' },
    ...(can('users:manage') || can('calendar:manage')
      ? [
          {
            key: 'admin',
            icon: <SettingOutlined />,
            label: '系统管理',
            children: [
              ...(can('users:manage') ? [{ key: '/admin/users', label: '用户管理' }] : []),
              ...(can('calendar:manage') ? [{ key: '/admin/calendar', label: '工作日历' }] : []),
              ...(can('users:manage') ? [{ key: '/settings/map', label: '地图设置' }] : []),
            ],
          },
        ]
      : []),
  ];

  const signOut = async () => {
    try {
      await logout();
    } catch {
      // the session may already be gone; leaving the app is what the user asked for
    }
    setMe(null);
    void navigate('/login', { replace: true });
    void message.success('已退出登录');
  };

  const where = me.zone ? `${me.jurisdiction.name} · ${me.zone.name}` : me.jurisdiction.name;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* sticky and scrollable: with the 认定程序 entries the menu is taller than a laptop screen */}
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}>
        <div className="ph-brand" title="盘活 · 闲置低效工业用地盘活平台">
          <span className="ph-brand-mark">盘</span>
          {!collapsed && <span>盘活平台</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          defaultOpenKeys={['ledger', 'identification', 'cases', 'disposal', 'campaign', 'admin']}
          items={items}
          onClick={({ key }) => {
            if (key.startsWith('/')) void navigate(key);
          }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #e8ecea',
          }}
        >
          <Typography.Text strong style={{ fontSize: 16 }}>
            闲置低效工业用地盘活平台
          </Typography.Text>
          <Space size="middle">
            <Space size={6}>
              <UserOutlined />
              <Typography.Text strong>{me.displayName}</Typography.Text>
              <Tag color="green">{me.roleLabel}</Tag>
              <Typography.Text type="secondary">
                <AimOutlined /> {where}
              </Typography.Text>
            </Space>
            <Button type="text" icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
              修改密码
            </Button>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
              退出登录
            </Button>
          </Space>
        </Header>
        <Content>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordDialog open={passwordOpen} username={me.username} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
