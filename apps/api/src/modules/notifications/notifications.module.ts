import { Module } from '@nestjs/common';
import { NotificationFanout } from './notification-fanout';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { WechatSubscribeSender } from './wechat-subscribe.sender';

/** The in-app inbox and WeChat subscribe messages. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, WechatSubscribeSender, NotificationFanout],
  exports: [NotificationsService, NotificationFanout],
})
export class NotificationsModule {}
