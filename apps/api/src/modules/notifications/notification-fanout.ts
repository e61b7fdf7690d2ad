import { Injectable, Logger } from '@nestjs/common';
import type { NotificationEvent } from './notification-event';

export interface DeliveredNotification {
  event: NotificationEvent;
  notificationId: number;
}

export type NotificationListener = (delivered: readonly DeliveredNotification[]) => Promise<void>;

/**
 * Other channels (the work app) hear of every notification newly put in an inbox. A channel's failure is logged:
 * the inbox row stands and the other channels still get it.
 */
@Injectable()
export class NotificationFanout {
  private readonly logger = new Logger('NotificationFanout');
  private readonly listeners: NotificationListener[] = [];

  subscribe(listener: NotificationListener): void {
    this.listeners.push(listener);
  }

  async notify(delivered: readonly DeliveredNotification[]): Promise<void> {
    if (delivered.length === 0) return;
    for (const listener of this.listeners) {
      try {
        await listener(delivered);
      } catch (error) {
        this.logger.warn(`a notification channel failed: ${(error as Error).message}`);
      }
    }
  }
}
