import { AppException } from '../../common/app.exception';

export enum RemindersErrorCode {
  NOT_CAMPAIGN_OWNER = 'NOT_CAMPAIGN_OWNER',
  NOT_REMINDER = 'REMINDER_NOT_ALLOWED',
  REMINDER_FAILED = 'REMINDER_FAILED',
}

export class RemindersException extends AppException {
  static notOwner() {
    return new RemindersException(
      403,
      RemindersErrorCode.NOT_CAMPAIGN_OWNER,
      '只有发布该填报任务的单位的审核人或管理员可以设置提醒。',
    );
  }
  static notReminder() {
    return new RemindersException(
      403,
      RemindersErrorCode.NOT_REMINDER,
      '只有区、市政务公开办的审核员或系统管理员可以发送提醒。',
    );
  }
  static failed(reason: string | null) {
    return new RemindersException(
      500,
      RemindersErrorCode.REMINDER_FAILED,
      reason ?? '发送提醒失败，请稍后重试。',
    );
  }
}
