import { api } from './api';
import { signIn } from './current-user';
import { holdRequestsUntil } from './request';
import { errorMessage } from './request-error';
import { loadSession } from './session';
import { readWorkAppEntry } from './work-app-entry';
import type { WorkAppEntry } from './work-app-entry';

/** What the login page shows after a work-app entry that did not sign the user in. */
export type WorkAppSignInState =
  | { kind: 'needs-binding'; bindingTicket: string; route: string }
  | { kind: 'failed'; message: string; retryUrl: string };

const STATE_KEY = 'nianbao.work-app-sign-in';

export function workAppSignInState(): WorkAppSignInState | null {
  const stored = sessionStorage.getItem(STATE_KEY);
  return stored ? (JSON.parse(stored) as WorkAppSignInState) : null;
}

export function clearWorkAppSignInState(): void {
  sessionStorage.removeItem(STATE_KEY);
}

function remember(state: WorkAppSignInState): void {
  sessionStorage.setItem(STATE_KEY, JSON.stringify(state));
}

/** Never settles: the page is leaving for the work app's OAuth page, nothing should load meanwhile. */
const leavingPage = new Promise<void>(() => undefined);

/** To the work app's OAuth page, which comes back to `entry.cleanUrl` with a code. */
async function goThroughOauth(entry: WorkAppEntry): Promise<void> {
  try {
    const { url } = await api.workAppAuthorizeUrl(entry.configId, entry.cleanUrl);
    window.location.replace(url);
    return leavingPage;
  } catch (error) {
    remember({ kind: 'failed', message: errorMessage(error), retryUrl: entry.cleanUrl });
  }
}

/** The login page's 重新登录 after a failed work-app sign-in. */
export async function retryWorkAppSignIn(retryUrl: string): Promise<void> {
  const entry = readWorkAppEntry(retryUrl);
  if (!entry) return;
  clearWorkAppSignInState();
  await goThroughOauth(entry);
  window.location.reload();
}

async function signInThroughWorkApp(): Promise<void> {
  const entry = readWorkAppEntry(window.location.href);
  if (!entry) return;
  if (!entry.code) return loadSession() ? undefined : goThroughOauth(entry);
  // A code is good once: a reload of this address must not try it again.
  window.history.replaceState(null, '', entry.cleanUrl);
  clearWorkAppSignInState();
  try {
    const result = await api.workAppLogin(entry.configId, entry.code);
    if (result.tokens) signIn(result.tokens);
    else if (result.bindingTicket)
      remember({ kind: 'needs-binding', bindingTicket: result.bindingTicket, route: entry.route });
  } catch (error) {
    // A session this browser already has stays valid; otherwise the login page says what went wrong.
    if (!loadSession()) remember({ kind: 'failed', message: errorMessage(error), retryUrl: entry.cleanUrl });
  }
}

/**
 * Opened inside 企业微信 / 政务微信 (H5 only): sign in through the work app's OAuth before any page asks the API for
 * data, so a card's link lands on the report already signed in. Pages' requests wait for this to finish.
 */
export function startWorkAppSignIn(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return;
  holdRequestsUntil(signInThroughWorkApp());
}
