import { AppException } from '../../common/app.exception';

export enum WechatErrorCode {
  WECHAT_NOT_CONFIGURED = 'WECHAT_NOT_CONFIGURED',
  INVALID_WECHAT_CODE = 'INVALID_WECHAT_CODE',
  WECHAT_UNAVAILABLE = 'WECHAT_UNAVAILABLE',
  INVALID_BINDING_CODE = 'INVALID_BINDING_CODE',
  WECHAT_ALREADY_BOUND = 'WECHAT_ALREADY_BOUND',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  ADMIN_ONLY = 'ADMIN_ONLY',
}

const MESSAGES: Record<WechatErrorCode, [number, string]> = {
  WECHAT_NOT_CONFIGURED: [503, '服务器未配置微信小程序（WECHAT_APPID / WECHAT_SECRET），暂不能用微信登录。'],
  INVALID_WECHAT_CODE: [401, '微信登录凭证无效或已过期，请重新登录。'],
  WECHAT_UNAVAILABLE: [502, '暂时无法连接微信服务器，请稍后再试。'],
  INVALID_BINDING_CODE: [400, '绑定码无效、已使用或已过期，请向管理员重新获取。'],
  WECHAT_ALREADY_BOUND: [409, '此微信已绑定其他账号，请先在原账号中解除绑定。'],
  USER_NOT_FOUND: [404, '账号不存在。'],
  ADMIN_ONLY: [403, '只有该账号所在单位的系统管理员可以发放绑定码。'],
};

export class WechatException extends AppException {
  constructor(code: WechatErrorCode) {
    const [status, message] = MESSAGES[code];
    super(status, code, message);
  }
}
