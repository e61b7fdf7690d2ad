import type { ComponentType } from 'react';
import { Spin } from 'antd';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { RequireAuth } from './auth/require-auth';
import { RouteError } from './components/route-error';

/** Every page is its own chunk: the login page loads without the editor, the tables and the layout. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

/** Shown while the first page's chunk loads on a full page load. */
const loading = <Spin style={{ display: 'block', marginTop: 120 }} />;

export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: page(() => import('./pages/login/login-page')),
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
  },
  {
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
    children: [
      {
        path: '/',
        lazy: page(() => import('./layout/app-layout')),
        errorElement: <RouteError />,
        children: [
          { path: 'tasks', lazy: page(() => import('./pages/tasks/my-tasks-page')) },
          { path: 'review', lazy: page(() => import('./pages/review/review-queue-page')) },
          { path: 'reports/:reportId', lazy: page(() => import('./pages/report/report-page')) },
          { path: 'campaigns', lazy: page(() => import('./pages/campaigns/campaigns-page')) },
          { path: 'progress', lazy: page(() => import('./pages/progress/progress-page')) },
          { path: 'summary', lazy: page(() => import('./pages/summary/summary-page')) },
          { path: 'analytics', lazy: page(() => import('./pages/analytics/analytics-page')) },
          { path: 'audit', lazy: page(() => import('./pages/audit/audit-page')) },
          { path: 'orgs', lazy: page(() => import('./pages/orgs/orgs-page')) },
          { path: 'work-app', lazy: page(() => import('./pages/work-app/work-app-page')) },
          { path: 'public-site', lazy: page(() => import('./pages/public-site/public-site-page')) },
          { path: 'history-import', lazy: page(() => import('./pages/history-import/history-import-page')) },
          { path: '*', lazy: page(() => import('./pages/not-found-page')) },
        ],
      },
    ],
  },
]);
