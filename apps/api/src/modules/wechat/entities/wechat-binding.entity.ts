import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One WeChat account (its openid for our mini-program) bound to one user account. */
@Entity('wechat_bindings')
export class WechatBinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_wechat_bindings_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @Index('uq_wechat_bindings_openid', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'datetime' })
  boundAt: Date;
}
