import { AppException } from '../../common/app.exception';

export enum WorkAppErrorCode {
  WORK_APP_CONFIG_NOT_FOUND = 'WORK_APP_CONFIG_NOT_FOUND',
  ORG_NOT_FOUND = 'ORG_NOT_FOUND',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  NOT_A_CITY = 'NOT_A_CITY',
  ADMIN_ONLY = 'ADMIN_ONLY',
  SECRETS_REQUIRED = 'SECRETS_REQUIRED',
  INVALID_AES_KEY = 'INVALID_AES_KEY',
  ENCRYPTION_KEY_MISSING = 'ENCRYPTION_KEY_MISSING',
  STALE_CONFIG = 'STALE_CONFIG',
  WORK_APP_DISABLED = 'WORK_APP_DISABLED',
  INVALID_WORK_APP_CODE = 'INVALID_WORK_APP_CODE',
  WORK_APP_UNAVAILABLE = 'WORK_APP_UNAVAILABLE',
  INVALID_BINDING_TICKET = 'INVALID_BINDING_TICKET',
  INVALID_BINDING_CODE = 'INVALID_BINDING_CODE',
  ACCOUNT_ALREADY_BOUND = 'ACCOUNT_ALREADY_BOUND',
  OUTSIDE_CITY = 'OUTSIDE_CITY',
  INVALID_CALLBACK = 'INVALID_CALLBACK',
}

const MESSAGES: Record<WorkAppErrorCode, [number, string]> = {
  WORK_APP_CONFIG_NOT_FOUND: [404, '未找到企业微信/政务微信配置。'],
  ORG_NOT_FOUND: [404, '单位不存在。'],
  USER_NOT_FOUND: [404, '账号不存在。'],
  NOT_A_CITY: [400, '企业微信/政务微信按市配置：请选择市级单位（市政府）。'],
  ADMIN_ONLY: [403, '只有该市的系统管理员可以修改企业微信/政务微信配置和账号绑定。'],
  SECRETS_REQUIRED: [400, '首次配置须填写 Secret、Token 和 EncodingAESKey。'],
  INVALID_AES_KEY: [400, 'EncodingAESKey 须为应用后台生成的 43 位字符串。'],
  ENCRYPTION_KEY_MISSING: [
    503,
    '服务器未设置 DATA_ENCRYPTION_KEY，不能保存或读取企业微信密钥。请运维人员设置后重启服务。',
  ],
  STALE_CONFIG: [409, '配置已被他人修改，请刷新后重新保存。'],
  WORK_APP_DISABLED: [404, '该市未启用企业微信/政务微信。'],
  INVALID_WORK_APP_CODE: [401, '企业微信/政务微信登录凭证无效或已过期，请从应用重新进入。'],
  WORK_APP_UNAVAILABLE: [502, '暂时无法连接企业微信/政务微信服务器，请稍后再试。'],
  INVALID_BINDING_TICKET: [400, '绑定已超时，请从企业微信/政务微信应用重新进入。'],
  INVALID_BINDING_CODE: [400, '绑定码无效、已使用或已过期，请向管理员重新获取。'],
  ACCOUNT_ALREADY_BOUND: [409, '此企业微信/政务微信账号已绑定其他账号，请先解除原绑定。'],
  OUTSIDE_CITY: [400, '该账号不属于本市，不能绑定本市的企业微信/政务微信。'],
  INVALID_CALLBACK: [403, '回调签名或内容无效，已拒绝。'],
};

export class WorkAppException extends AppException {
  constructor(code: WorkAppErrorCode) {
    const [status, message] = MESSAGES[code];
    super(status, code, message);
  }
}
