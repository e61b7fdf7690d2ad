import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AddSubscriptionsInput } from './dto/add-subscriptions.input';
import { NotificationOutput, SubscriptionsOutput } from './dto/notification.output';
import type { Notification } from './entities/notification.entity';
import { NotificationsService } from './notifications.service';

function toOutput({
  id,
  kind,
  title,
  body,
  link,
  createdAt,
  readAt,
  wechatStatus,
  wechatError,
}: Notification) {
  return { id, kind, title, body, link, createdAt, readAt, wechatStatus, wechatError };
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({
    type: NotificationOutput,
    isArray: true,
    description: '本人的消息，最新的在前（最多 100 条）',
  })
  async list(@CurrentUser() user: AuthUser): Promise<NotificationOutput[]> {
    return (await this.notifications.list(user)).map(toOutput);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationOutput })
  async markRead(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<NotificationOutput> {
    return toOutput(await this.notifications.markRead(user, id));
  }

  @Get('wechat-subscriptions')
  @ApiOkResponse({ type: SubscriptionsOutput })
  async remaining(@CurrentUser() user: AuthUser): Promise<SubscriptionsOutput> {
    return { remaining: await this.notifications.remainingSubscriptions(user) };
  }

  @Post('wechat-subscriptions')
  @HttpCode(200)
  @ApiOkResponse({ type: SubscriptionsOutput, description: '记录用户在小程序中同意的订阅次数' })
  async addSubscriptions(
    @CurrentUser() user: AuthUser,
    @Body() input: AddSubscriptionsInput,
  ): Promise<SubscriptionsOutput> {
    return { remaining: await this.notifications.addSubscriptions(user, input.templateId, input.accepted) };
  }
}
