import { apiErrorCode, createApiClient, describeApiError } from '@nianbao/api-client';
import { readSession, writeSession } from './session';

/** A failed API call with the Chinese message to show and the API's code (e.g. a version conflict). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const sessionEndedListeners = new Set<() => void>();

export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

export const api = createApiClient({
  getAccessToken: () => readSession()?.accessToken,
  onUnauthorized: () => {
    if (!readSession()) return;
    writeSession(null);
    sessionEndedListeners.forEach((listener) => listener());
  },
});

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call; otherwise throws an ApiRequestError with a Chinese message. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw new ApiRequestError(describeApiError(error), undefined, undefined);
  }
  if (!result.response.ok) {
    const status = result.response.status;
    throw new ApiRequestError(describeApiError(result.error, status), status, apiErrorCode(result.error));
  }
  return result.data as T;
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : '页面出错了，请刷新后重试';
}
