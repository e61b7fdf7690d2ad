import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type WechatDeliveryStatus = 'sent' | 'failed';

/**
 * One message in a user's inbox. `eventKey` names the event (campaign, report, kind, occurrence): the unique
 * (userId, eventKey) pair is what makes a reminder reach a person once, however many workers scan at once.
 */
@Entity('notifications')
@Unique('uq_notifications_user_event', ['userId', 'eventKey'])
@Index('idx_notifications_user', ['userId', 'id'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 191 })
  eventKey: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Where the admin or mini-program opens it, e.g. /reports/12. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  link: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;

  /** Whether it also went out as a WeChat subscribe message; null when it did not try. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  wechatStatus: WechatDeliveryStatus | null;

  /** Why WeChat refused it, after the retries (shown to the user). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  wechatError: string | null;
}
