import { api } from './api';
import type { Me, TokenPair } from './api';
import { clearSession, saveSession } from './session';

let cachedMe: Promise<Me> | null = null;

/** The signed-in user, fetched once per session. */
export function getMe(): Promise<Me> {
  cachedMe ??= api.me().catch((error: unknown) => {
    cachedMe = null;
    throw error;
  });
  return cachedMe;
}

export function signIn(tokens: TokenPair): void {
  saveSession(tokens);
  cachedMe = null;
}

export function signOut(): void {
  clearSession();
  cachedMe = null;
}
