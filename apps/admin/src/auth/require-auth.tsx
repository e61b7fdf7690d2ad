import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth-context';

/** Sends visitors who are not signed in to the login page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, isChecking } = useAuth();
  const location = useLocation();
  if (isChecking) {
    return (
      <div style={{ padding: 96, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
