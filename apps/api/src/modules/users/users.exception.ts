import { AppException } from '../../common/app.exception';

export enum UserErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  CANNOT_DEMOTE_SELF = 'CANNOT_DEMOTE_SELF',
}

export class UserException extends AppException {
  static notFound() {
    return new UserException(404, UserErrorCode.USER_NOT_FOUND, '账号不存在。');
  }
  static usernameTaken(username: string) {
    return new UserException(409, UserErrorCode.USERNAME_TAKEN, `用户名「${username}」已被使用。`);
  }
  static stale() {
    return new UserException(
      409,
      UserErrorCode.STALE_VERSION,
      '该账号已被他人修改，请刷新后再改。您的修改未保存。',
    );
  }
  static weakPassword() {
    return new UserException(400, UserErrorCode.WEAK_PASSWORD, '密码至少 8 位。');
  }
  static cannotDemoteSelf() {
    return new UserException(
      400,
      UserErrorCode.CANNOT_DEMOTE_SELF,
      '不能停用自己或取消自己的系统管理员角色。',
    );
  }
}
