import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JobHandlerRegistry } from '../../jobs/job-handler-registry';
import { JobQueue } from '../../jobs/job-queue';
import { Notification } from '../../notifications/entities/notification.entity';
import { NotificationFanout } from '../../notifications/notification-fanout';
import type { DeliveredNotification } from '../../notifications/notification-fanout';
import { WorkAppConfigService } from '../config/work-app-config.service';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppMessage } from '../entities/work-app-message.entity';
import { noticeCard } from './approval-card';
import { MessageRecorder } from './message-recorder';

/**
 * Reminders (催报) and state notifications also go through the work app to users bound there: each inbox row
 * becomes one recorded message and one `work-app.notify` job, which the queue retries while the work app is busy.
 */
@Injectable()
export class WorkAppNoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly configs: WorkAppConfigService,
    private readonly recorder: MessageRecorder,
    private readonly queue: JobQueue,
    registry: JobHandlerRegistry,
    fanout: NotificationFanout,
  ) {
    fanout.subscribe((delivered) => this.schedule(delivered));
    registry.register('work-app.notify', (payload) => this.send(payload.messageId));
  }

  private async schedule(delivered: readonly DeliveredNotification[]): Promise<void> {
    const userIds = [...new Set(delivered.map((item) => item.event.userId))];
    const bindings = await this.dataSource.getRepository(WorkAppBinding).findBy({ userId: In(userIds) });
    for (const item of delivered) {
      const binding = bindings.find((candidate) => candidate.userId === item.event.userId);
      if (!binding) continue;
      const message = await this.recorder.record({
        dedupeKey: `notice:${item.notificationId}`,
        configId: binding.configId,
        userId: binding.userId,
        kind: 'text',
        reportId: reportIdOf(item.event.link),
        reportVersion: null,
        notificationId: item.notificationId,
        taskId: null,
        status: 'pending',
        createdAt: new Date(),
      });
      await this.queue.enqueue('work-app.notify', { ownerId: null, messageId: message.id });
    }
  }

  async send(messageId: number): Promise<{ isSent: boolean }> {
    const message = await this.dataSource.getRepository(WorkAppMessage).findOneBy({ id: messageId });
    if (!message || message.status !== 'pending' || message.notificationId === null) return { isSent: false };
    const settings = await this.configs.settings(message.configId);
    const binding = await this.dataSource.getRepository(WorkAppBinding).findOneBy({ userId: message.userId });
    const notification = await this.dataSource
      .getRepository(Notification)
      .findOneBy({ id: message.notificationId });
    if (!settings?.isEnabled || !binding || binding.configId !== settings.id || !notification) {
      await this.dataSource
        .getRepository(WorkAppMessage)
        .update({ id: message.id }, { status: 'failed', lastError: '未启用企业微信/政务微信或账号已解绑' });
      return { isSent: false };
    }
    await this.recorder.send(
      settings,
      message,
      noticeCard(settings, binding.workUserId, {
        title: notification.title,
        body: notification.body,
        reportId: message.reportId,
      }),
    );
    return { isSent: true };
  }
}

function reportIdOf(link: string | null): number | null {
  const match = link ? /^\/reports\/(\d+)/.exec(link) : null;
  return match ? Number(match[1]) : null;
}
