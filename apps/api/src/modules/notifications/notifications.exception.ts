import { AppException } from '../../common/app.exception';

export enum NotificationsErrorCode {
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  UNKNOWN_TEMPLATE = 'UNKNOWN_TEMPLATE',
}

export class NotificationsException extends AppException {
  static notFound() {
    return new NotificationsException(404, NotificationsErrorCode.NOTIFICATION_NOT_FOUND, '消息不存在。');
  }
  static unknownTemplate() {
    return new NotificationsException(
      400,
      NotificationsErrorCode.UNKNOWN_TEMPLATE,
      '不是本系统使用的订阅消息模板（或服务器未配置 WECHAT_SUBSCRIBE_TEMPLATE_ID）。',
    );
  }
}
