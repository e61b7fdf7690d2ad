import Taro from '@tarojs/taro';

/** The tokens of the signed-in user, kept in the platform's storage so a restart does not sign out. */
export interface Session {
  accessToken: string;
  refreshToken: string;
}

const SESSION_KEY = 'nianbao.session';

export function loadSession(): Session | null {
  const stored: unknown = Taro.getStorageSync(SESSION_KEY);
  if (!stored || typeof stored !== 'object') return null;
  const { accessToken, refreshToken } = stored as Partial<Session>;
  return typeof accessToken === 'string' && typeof refreshToken === 'string'
    ? { accessToken, refreshToken }
    : null;
}

export function saveSession(session: Session): void {
  Taro.setStorageSync(SESSION_KEY, { accessToken: session.accessToken, refreshToken: session.refreshToken });
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY);
}
