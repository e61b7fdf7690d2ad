/**
 * Why a call failed, so a page can show the right state: `offline` and `timeout` offer a retry, `session` sends
 * the user to the login page, `http` shows the API's own Chinese message.
 */
export type RequestFailure = 'offline' | 'timeout' | 'unreachable' | 'session' | 'http';

export class RequestError extends Error {
  constructor(
    readonly failure: RequestFailure,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** A Chinese sentence for any error a page catches. */
export function errorMessage(error: unknown): string {
  if (error instanceof RequestError) return error.message;
  return '操作失败，请稍后重试';
}
