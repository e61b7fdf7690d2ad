/** The signed-in session's tokens, kept in localStorage so a reload stays signed in. */
const STORAGE_KEY = 'nianbao.session';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

export function readSession(): SessionTokens | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as SessionTokens) : null;
  } catch {
    return null;
  }
}

export function writeSession(tokens: SessionTokens | null): void {
  if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  else localStorage.removeItem(STORAGE_KEY);
}
