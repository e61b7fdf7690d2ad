import Taro from '@tarojs/taro';
import { apiErrorCode, describeApiError } from '@nianbao/api-client';
import { RequestError } from './request-error';
import { clearSession, loadSession, saveSession } from './session';
import type { Session } from './session';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** Path under the API origin, e.g. `/api/me`. */
  path: string;
  data?: object;
  /** Login and refresh calls: no token, and a 401 is the answer itself rather than an expired session. */
  isPublic?: boolean;
}

/** In H5 the API serves the page (same origin); the weapp build needs the API's HTTPS origin. */
const API_BASE_URL = process.env.TARO_APP_API_BASE_URL ?? '';
const TIMEOUT_MS = 15000;

let sessionEndedListener: (() => void) | null = null;
let signingIn: Promise<void> = Promise.resolve();

/** Requests that need a session wait for this sign-in (the work app's OAuth) before they read the tokens. */
export function holdRequestsUntil(signIn: Promise<void>): void {
  signingIn = signIn.catch(() => undefined);
}

/** Called once when the tokens can no longer be refreshed (the app sends the user to the login page). */
export function onSessionEnded(listener: () => void): void {
  sessionEndedListener = listener;
}

/** Browsers report the network type but not its absence through Taro; `navigator.onLine` does. */
async function isOffline(): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') return typeof navigator !== 'undefined' && !navigator.onLine;
  const { networkType } = await Taro.getNetworkType().catch(() => ({ networkType: 'unknown' }));
  return networkType === 'none';
}

async function describeTransportFailure(error: unknown): Promise<RequestError> {
  const errMsg = String(
    (error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? '',
  );
  if (/timeout|超时/i.test(errMsg)) return new RequestError('timeout', '请求超时，请检查网络后重试');
  if (await isOffline()) return new RequestError('offline', '网络未连接，请连接网络后重试');
  return new RequestError('unreachable', '无法连接服务器，请稍后重试');
}

async function send(options: RequestOptions, accessToken?: string) {
  try {
    return await Taro.request({
      url: API_BASE_URL + options.path,
      method: options.method ?? 'GET',
      data: options.data,
      header: {
        'Content-Type': 'application/json',
        ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      },
      timeout: TIMEOUT_MS,
      dataType: 'json',
    });
  } catch (error) {
    throw await describeTransportFailure(error);
  }
}

let refreshing: Promise<Session | null> | null = null;

/** One refresh at a time: pages that load in parallel and all see a 401 share the same new tokens. */
function refreshSession(session: Session): Promise<Session | null> {
  refreshing ??= send({
    method: 'POST',
    path: '/api/auth/refresh',
    data: { refreshToken: session.refreshToken },
  })
    .then((response) => {
      if (response.statusCode !== 200) return null;
      const renewed = response.data as Session;
      saveSession(renewed);
      return renewed;
    })
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function endSession(): RequestError {
  clearSession();
  sessionEndedListener?.();
  return new RequestError('session', '登录已过期，请重新登录', 401);
}

/** Calls the API; resolves with the JSON body of a 2xx answer, rejects with a RequestError in Chinese. */
export async function request<T>(options: RequestOptions): Promise<T> {
  if (process.env.TARO_ENV === 'weapp' && !API_BASE_URL)
    throw new RequestError('unreachable', '小程序未配置服务器地址（TARO_APP_API_BASE_URL），请联系管理员');
  if (!options.isPublic) await signingIn;
  const session = options.isPublic ? null : loadSession();
  if (!options.isPublic && !session) throw endSession();
  let response = await send(options, session?.accessToken);
  if (response.statusCode === 401 && session) {
    const renewed = await refreshSession(session);
    if (!renewed) throw endSession();
    response = await send(options, renewed.accessToken);
    if (response.statusCode === 401) throw endSession();
  }
  if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
  throw new RequestError(
    'http',
    describeApiError(response.data, response.statusCode),
    response.statusCode,
    apiErrorCode(response.data),
  );
}
