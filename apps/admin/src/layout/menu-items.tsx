import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  FormOutlined,
  GlobalOutlined,
  HistoryOutlined,
  LineChartOutlined,
  MessageOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { CurrentUser } from '../auth/auth-context';
import { mayOpenPage } from './page-access';

interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

const MENU: MenuEntry[] = [
  { path: '/tasks', label: '我的填报', icon: <FormOutlined /> },
  { path: '/review', label: '审核', icon: <CheckSquareOutlined /> },
  { path: '/campaigns', label: '年报批次', icon: <CalendarOutlined /> },
  { path: '/progress', label: '进度', icon: <BarChartOutlined /> },
  { path: '/summary', label: '汇总', icon: <TableOutlined /> },
  { path: '/analytics', label: '数据分析', icon: <LineChartOutlined /> },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined /> },
  { path: '/orgs', label: '机构与用户', icon: <ClusterOutlined /> },
  { path: '/work-app', label: '企业微信/政务微信', icon: <MessageOutlined /> },
  { path: '/public-site', label: '年报专栏', icon: <GlobalOutlined /> },
  { path: '/history-import', label: '历史年报导入', icon: <HistoryOutlined /> },
];

export function menuFor(user: CurrentUser): MenuEntry[] {
  return MENU.filter((entry) => mayOpenPage(user, entry.path));
}
