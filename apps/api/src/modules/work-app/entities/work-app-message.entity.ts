import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type WorkAppMessageKind = 'card' | 'text';
/** pending: not sent yet (or waiting for a retry); sent: delivered; failed: refused for good; closed: card answered. */
export type WorkAppMessageStatus = 'pending' | 'sent' | 'failed' | 'closed';

/**
 * Every message sent through the work app, with its fate: an approval card (one per report version and approver)
 * or a text (one per inbox notification). `dedupeKey` is unique, so a retried job or two workers send it once.
 */
@Entity('work_app_messages')
@Index('idx_work_app_messages_report', ['reportId', 'status'])
export class WorkAppMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_work_app_messages_key', { unique: true })
  @Column({ type: 'varchar', length: 128 })
  dedupeKey: string;

  @Column({ type: 'int' })
  configId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: WorkAppMessageKind;

  @Column({ type: 'int', nullable: true })
  reportId: number | null;

  /** The version the card was made for: a tap acts on exactly this version. */
  @Column({ type: 'int', nullable: true })
  reportVersion: number | null;

  @Column({ type: 'int', nullable: true })
  notificationId: number | null;

  /** Card only: the task_id the work app sends back with a tap. */
  @Index('uq_work_app_messages_task', { unique: true })
  @Column({ type: 'varchar', length: 128, nullable: true })
  taskId: string | null;

  /** Card only: the one-time code (valid 72 h) that update_template_card needs. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  responseCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: WorkAppMessageStatus;

  /** Card only: what the card says now that it is answered, e.g. 已同意. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  outcome: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The work app's last refusal (errcode and a Chinese reason). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
