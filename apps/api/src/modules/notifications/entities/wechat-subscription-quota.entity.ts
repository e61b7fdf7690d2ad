import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One-time subscribe messages: each subscription the user accepted in the mini-program allows one message with
 * that template. The server keeps the count and spends it on the most important event.
 */
@Entity('wechat_subscription_quotas')
export class WechatSubscriptionQuota {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int', default: 0 })
  remaining: number;
}
