import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ApiSchemas } from '@nianbao/api-client';
import { api, onSessionEnded, unwrap } from '../api/api';
import { readSession, writeSession } from '../api/session';

export type CurrentUser = ApiSchemas['MeOutput'];

interface AuthState {
  user: CurrentUser | null;
  /** True until the stored session has been checked with the API. */
  isChecking: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [isChecking, setIsChecking] = useState(() => readSession() !== null);

  useEffect(() => onSessionEnded(() => setUser(null)), []);
  useEffect(() => {
    if (!readSession()) return;
    unwrap(api.GET('/api/me'))
      .then(setUser, () => writeSession(null))
      .finally(() => setIsChecking(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const tokens = await unwrap(api.POST('/api/auth/login', { body: { username, password } }));
    writeSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    setUser(await unwrap(api.GET('/api/me')));
  }, []);

  const logout = useCallback(() => {
    writeSession(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, isChecking, login, logout }), [user, isChecking, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth needs an AuthProvider');
  return state;
}

/** The signed-in user; only for pages under RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
