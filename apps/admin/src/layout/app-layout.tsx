import { Suspense } from 'react';
import { App, Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth, useCurrentUser } from '../auth/auth-context';
import { menuFor } from './menu-items';
import { isPageForbidden } from './page-access';

/** The frame of every signed-in page: a menu of what the user's roles allow, and who is signed in. */
export default function AppLayout() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const location = useLocation();
  const entries = menuFor(user);
  if (location.pathname === '/') return <Navigate to={entries[0]?.path ?? '/tasks'} replace />;
  const selected = entries.find((entry) => location.pathname.startsWith(entry.path))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={184} breakpoint="lg" collapsedWidth={64} theme="light">
        <div style={{ padding: '16px 12px', fontWeight: 600 }}>年报系统</div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={entries.map((entry) => ({
              key: entry.path,
              icon: entry.icon,
              label: <Link to={entry.path}>{entry.label}</Link>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            paddingInline: 16,
          }}
        >
          <Space>
            <Typography.Text data-testid="current-user">
              {user.displayName}（{user.orgName}）
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={logout}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          {/* Messages and dialogs are only needed after signing in: kept out of the login page's download. */}
          <App>
            {isPageForbidden(user, location.pathname) ? (
              <Result
                status="403"
                title="没有权限访问此页面"
                subTitle="您的账号角色不包含此功能，请从左侧菜单进入；如需开通，请联系系统管理员。"
                extra={<Link to="/">返回首页</Link>}
              />
            ) : (
              <Suspense fallback={<Spin />}>
                <Outlet />
              </Suspense>
            )}
          </App>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
