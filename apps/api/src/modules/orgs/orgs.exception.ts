import { AppException } from '../../common/app.exception';

export enum OrgErrorCode {
  ORG_NOT_FOUND = 'ORG_NOT_FOUND',
  ADMIN_ONLY = 'ADMIN_ONLY',
  INVALID_PARENT = 'INVALID_PARENT',
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  STALE_VERSION = 'STALE_VERSION',
  ORG_IN_USE = 'ORG_IN_USE',
  INVALID_IMPORT = 'INVALID_IMPORT',
}

export class OrgException extends AppException {
  static notFound() {
    return new OrgException(404, OrgErrorCode.ORG_NOT_FOUND, '单位不存在。');
  }
  static adminOnly() {
    return new OrgException(403, OrgErrorCode.ADMIN_ONLY, '只有系统管理员可以维护单位和账号。');
  }
  static invalidParent(message: string) {
    return new OrgException(400, OrgErrorCode.INVALID_PARENT, message);
  }
  static duplicateName(name: string) {
    return new OrgException(409, OrgErrorCode.DUPLICATE_NAME, `同一上级下已有名为「${name}」的单位。`);
  }
  static stale() {
    return new OrgException(
      409,
      OrgErrorCode.STALE_VERSION,
      '该单位已被他人修改，请刷新后再改。您的修改未保存。',
    );
  }
  static inUse(what: string) {
    return new OrgException(409, OrgErrorCode.ORG_IN_USE, `该单位${what}，不能删除。`);
  }
  static invalidImport(problems: string[]) {
    return new OrgException(
      400,
      OrgErrorCode.INVALID_IMPORT,
      `导入失败，未做任何修改：${problems.join('；')}`,
    );
  }
}
