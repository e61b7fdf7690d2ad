import { AppException } from '../../common/app.exception';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  WRONG_CURRENT_PASSWORD = 'WRONG_CURRENT_PASSWORD',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
}

const MESSAGES: Record<AuthErrorCode, [number, string]> = {
  INVALID_CREDENTIALS: [401, '用户名或密码错误。'],
  UNAUTHENTICATED: [401, '登录已失效，请重新登录。'],
  INVALID_REFRESH_TOKEN: [401, '登录凭证已失效，请重新登录。'],
  PASSWORD_CHANGE_REQUIRED: [403, '首次登录须先修改密码。'],
  WRONG_CURRENT_PASSWORD: [400, '当前密码不正确。'],
  WEAK_PASSWORD: [400, '新密码至少 8 位，且须与当前密码不同。'],
  LOGIN_THROTTLED: [429, '登录尝试过于频繁，请一分钟后再试。'],
};

export class AuthException extends AppException {
  constructor(code: AuthErrorCode) {
    const [status, message] = MESSAGES[code];
    super(status, code, message);
  }
}
