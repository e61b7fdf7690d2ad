import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, when; `orgPath` is the org the record belongs to, for scoping who may read it. */
@Entity('audit_entries')
@Index('idx_audit_entity', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_audit_at')
  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Column({ type: 'int', nullable: true })
  entityId: number | null;

  @Index('idx_audit_org_path')
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'simple-json', nullable: true })
  detail: Record<string, unknown> | null;
}
