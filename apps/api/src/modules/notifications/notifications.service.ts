import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import type { AuthUser } from '../auth/auth-user';
import { WechatBinding } from '../wechat/entities/wechat-binding.entity';
import { Notification } from './entities/notification.entity';
import { WechatSubscriptionQuota } from './entities/wechat-subscription-quota.entity';
import type { NotificationEvent } from './notification-event';
import { NotificationsException } from './notifications.exception';
import { NotificationFanout } from './notification-fanout';
import { WechatSubscribeSender } from './wechat-subscribe.sender';
import { notificationsFailed, notificationsSent } from '../../observability/metrics';

const INBOX_SIZE = 100;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: WechatSubscribeSender,
    private readonly config: ConfigVariables,
    private readonly fanout: NotificationFanout,
  ) {}

  /**
   * Puts each event in its user's inbox unless it is already there (the unique (user, event) row decides, so two
   * workers never both deliver), then spends one WeChat subscription per user on their most important new event.
   * Returns the events delivered now.
   */
  async deliver(events: readonly NotificationEvent[]): Promise<NotificationEvent[]> {
    const fresh: { event: NotificationEvent; id: number }[] = [];
    for (const event of [...events].sort((a, b) => b.priority - a.priority)) {
      const id = await this.insertOnce(event);
      if (id === null) continue;
      fresh.push({ event, id });
      notificationsSent.inc({ channel: 'inbox' });
    }
    const firstPerUser = new Map<number, { event: NotificationEvent; id: number }>();
    for (const item of fresh)
      if (!firstPerUser.has(item.event.userId)) firstPerUser.set(item.event.userId, item);
    for (const item of firstPerUser.values()) await this.sendWechat(item.event, item.id);
    await this.fanout.notify(fresh.map((item) => ({ event: item.event, notificationId: item.id })));
    return fresh.map((item) => item.event);
  }

  list(user: AuthUser): Promise<Notification[]> {
    return this.dataSource
      .getRepository(Notification)
      .find({ where: { userId: user.id }, order: { id: 'DESC' }, take: INBOX_SIZE });
  }

  async markRead(user: AuthUser, id: number): Promise<Notification> {
    const repository = this.dataSource.getRepository(Notification);
    const notification = await repository.findOneBy({ id, userId: user.id });
    if (!notification) throw NotificationsException.notFound();
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.update({ id }, { readAt: notification.readAt });
    }
    return notification;
  }

  /** The mini-program reports subscriptions the user just accepted (wx.requestSubscribeMessage). */
  async addSubscriptions(user: AuthUser, templateId: string, accepted: number): Promise<number> {
    if (templateId !== this.config.WECHAT_SUBSCRIBE_TEMPLATE_ID)
      throw NotificationsException.unknownTemplate();
    const repository = this.dataSource.getRepository(WechatSubscriptionQuota);
    const where = { userId: user.id, templateId };
    // Add in one statement, so two accepts at once both count; the first accept creates the row.
    const added = await repository.increment(where, 'remaining', accepted);
    if (!added.affected) {
      try {
        await repository.insert({ ...where, remaining: accepted });
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        await repository.increment(where, 'remaining', accepted);
      }
    }
    return (await repository.findOneByOrFail(where)).remaining;
  }

  async remainingSubscriptions(user: AuthUser): Promise<number> {
    const quota = await this.dataSource
      .getRepository(WechatSubscriptionQuota)
      .findOneBy({ userId: user.id, templateId: this.config.WECHAT_SUBSCRIBE_TEMPLATE_ID });
    return quota?.remaining ?? 0;
  }

  private async insertOnce(event: NotificationEvent): Promise<number | null> {
    try {
      const inserted = await this.dataSource.getRepository(Notification).insert({
        userId: event.userId,
        eventKey: event.eventKey,
        kind: event.kind,
        title: event.title,
        body: event.body,
        link: event.link,
        createdAt: new Date(),
        readAt: null,
        wechatStatus: null,
        wechatError: null,
      });
      return inserted.identifiers[0].id as number;
    } catch (error) {
      if (isDuplicate(error)) return null;
      throw error;
    }
  }

  /** Only with a binding and a subscription left; the quota is spent before sending, so it is never spent twice. */
  private async sendWechat(event: NotificationEvent, notificationId: number): Promise<void> {
    if (!this.sender.isConfigured) return;
    const templateId = this.config.WECHAT_SUBSCRIBE_TEMPLATE_ID;
    const binding = await this.dataSource.getRepository(WechatBinding).findOneBy({ userId: event.userId });
    if (!binding) return;
    const spent = await this.dataSource
      .createQueryBuilder()
      .update(WechatSubscriptionQuota)
      .set({ remaining: () => 'remaining - 1' })
      .where('userId = :userId AND templateId = :templateId AND remaining > 0', {
        userId: event.userId,
        templateId,
      })
      .execute();
    if (!spent.affected) return;
    const outcome = await this.sender.send({
      openid: binding.openid,
      templateId,
      page: this.config.WECHAT_SUBSCRIBE_PAGE,
      fields: { thing1: event.title.slice(0, 20), thing2: event.body.slice(0, 20) },
    });
    (outcome.isSent ? notificationsSent : notificationsFailed).inc({ channel: 'wechat' });
    await this.dataSource
      .getRepository(Notification)
      .update(
        { id: notificationId },
        outcome.isSent ? { wechatStatus: 'sent' } : { wechatStatus: 'failed', wechatError: outcome.error },
      );
  }
}

function isDuplicate(error: unknown): boolean {
  return error instanceof QueryFailedError && /duplicate|unique/i.test(error.message);
}
