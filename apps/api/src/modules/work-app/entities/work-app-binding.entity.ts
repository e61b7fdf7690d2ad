import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A user's account (userid) in their city's work app. A user has one; a work-app account binds one user. */
@Entity('work_app_bindings')
@Unique('uq_work_app_bindings_account', ['configId', 'workUserId'])
export class WorkAppBinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  configId: number;

  @Index('uq_work_app_bindings_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  workUserId: string;

  @Column({ type: 'datetime' })
  boundAt: Date;
}
