import { AppException } from '../../common/app.exception';

export enum PublicationErrorCode {
  NOT_APPROVED = 'NOT_APPROVED',
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  NOT_ALLOWED = 'PUBLICATION_NOT_ALLOWED',
  INVALID_DATE = 'INVALID_PUBLICATION_DATE',
  UNKNOWN_FORMAT = 'UNKNOWN_DOCUMENT_FORMAT',
  RENDERER_UNAVAILABLE = 'RENDERER_UNAVAILABLE',
}

export class PublicationException extends AppException {
  static notApproved(statusLabel: string) {
    return new PublicationException(
      409,
      PublicationErrorCode.NOT_APPROVED,
      `报告尚未终审通过（当前：${statusLabel}），不能登记发布。请在审核通过后再登记发布日期和网址。`,
    );
  }
  static notPublished() {
    return new PublicationException(
      409,
      PublicationErrorCode.NOT_PUBLISHED,
      '该报告尚未登记发布，无需撤下。',
    );
  }
  static notAllowed() {
    return new PublicationException(
      403,
      PublicationErrorCode.NOT_ALLOWED,
      '只有本单位或政务公开办的审核员、管理员可以登记发布。',
    );
  }
  static invalidDate(reason: string) {
    return new PublicationException(400, PublicationErrorCode.INVALID_DATE, reason);
  }
  static unknownFormat(format: string) {
    return new PublicationException(
      404,
      PublicationErrorCode.UNKNOWN_FORMAT,
      `不支持“${format}”格式，可下载 docx（Word）、pdf 或 html（网页）。`,
    );
  }
  static rendererUnavailable(reason: string) {
    return new PublicationException(503, PublicationErrorCode.RENDERER_UNAVAILABLE, reason);
  }
}
