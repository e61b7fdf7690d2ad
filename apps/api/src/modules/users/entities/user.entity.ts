import type { Role } from '@nianbao/workflow';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Index('idx_users_org')
  @Column({ type: 'int' })
  orgId: number;

  /** A user may hold several roles, all at their org. */
  @Column({ type: 'simple-array' })
  roles: Role[];

  /** Set on accounts created by an administrator: the first login must choose a new password. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Bumped on a password change so refresh tokens issued before it stop working. */
  @Column({ type: 'int', default: 0 })
  tokenGeneration: number;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @VersionColumn()
  version: number;
}
