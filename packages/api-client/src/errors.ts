/** The API's error body: a stable code and a Chinese message for people. */
export interface ApiErrorBody {
  code?: string;
  message?: string | string[];
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '提交的内容有误，请检查后重试',
  401: '登录已过期，请重新登录',
  403: '没有权限进行此操作',
  404: '要找的内容不存在或已被删除',
  409: '内容已被他人修改，请刷新后再试',
  429: '操作过于频繁，请稍后再试',
};

/** A Chinese sentence for a failed call: the API's own message when it sent one, else one for the HTTP status. */
export function describeApiError(error: unknown, status?: number): string {
  // A thrown Error (network failure) carries an English message for developers: only the API's body is shown.
  if (error && typeof error === 'object' && !(error instanceof Error) && 'message' in error) {
    const message = (error as ApiErrorBody).message;
    if (Array.isArray(message) && message.length) return message.join('；');
    if (typeof message === 'string' && message) return message;
  }
  if (status && STATUS_MESSAGES[status]) return STATUS_MESSAGES[status];
  if (status && status >= 500) return '服务器暂时无法处理请求，请稍后再试';
  return '无法连接服务器，请检查网络后重试';
}

/** The error code the API sent, if any (e.g. `VERSION_CONFLICT`). */
export function apiErrorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error
    ? String((error as ApiErrorBody).code)
    : undefined;
}
