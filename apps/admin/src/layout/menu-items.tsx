import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  FormOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { CurrentUser } from '../auth/auth-context';

type Role = CurrentUser['roles'][number];

interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees the entry; the API enforces the same limits on the data. */
  roles: readonly Role[];
}

const MENU: MenuEntry[] = [
  { path: '/tasks', label: '我的填报', icon: <FormOutlined />, roles: ['submitter', 'admin'] },
  {
    path: '/review',
    label: '审核',
    icon: <CheckSquareOutlined />,
    roles: ['unit_leader', 'reviewer', 'leader', 'admin'],
  },
  { path: '/campaigns', label: '年报批次', icon: <CalendarOutlined />, roles: ['reviewer', 'admin'] },
  { path: '/progress', label: '进度', icon: <BarChartOutlined />, roles: ['reviewer', 'leader', 'admin'] },
  { path: '/summary', label: '汇总', icon: <TableOutlined />, roles: ['reviewer', 'leader', 'admin'] },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, roles: ['reviewer', 'admin'] },
  { path: '/orgs', label: '机构与用户', icon: <ClusterOutlined />, roles: ['admin'] },
];

export function menuFor(user: CurrentUser): MenuEntry[] {
  return MENU.filter((entry) => entry.roles.some((role) => user.roles.includes(role)));
}
