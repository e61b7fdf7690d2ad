import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time code an administrator gives a user to bind their WeChat account. Only its SHA-256 is stored, so a
 * database dump does not hand out working codes.
 */
@Entity('wechat_binding_codes')
export class WechatBindingCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_wechat_binding_codes_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Index('idx_wechat_binding_codes_user')
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'int' })
  issuedById: number;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}
