import { AppException } from '../../common/app.exception';

export enum PublicSiteErrorCode {
  NOT_ALLOWED = 'PUBLIC_SITE_NOT_ALLOWED',
  SEARCH_THROTTLED = 'SEARCH_THROTTLED',
}

export class PublicSiteException extends AppException {
  static notAllowed() {
    return new PublicSiteException(
      403,
      PublicSiteErrorCode.NOT_ALLOWED,
      '只有市政务公开办的审核员或系统管理员可以设置年报专栏。',
    );
  }
  static searchThrottled() {
    return new PublicSiteException(
      429,
      PublicSiteErrorCode.SEARCH_THROTTLED,
      '搜索过于频繁，请一分钟后再试。',
    );
  }
}
