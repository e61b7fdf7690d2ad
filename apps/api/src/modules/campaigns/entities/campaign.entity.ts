import type { FormatId } from '@nianbao/rules';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** 填报任务: one report year on one format, a deadline, and the orgs that must report (one report each). */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('idx_campaigns_year')
  @Column({ type: 'int' })
  reportYear: number;

  @Column({ type: 'varchar', length: 32 })
  formatId: FormatId;

  @Column({ type: 'datetime' })
  deadline: Date;

  /** The org whose subtree the campaign covers (its creator's org). */
  @Index('idx_campaigns_owner_org')
  @Column({ type: 'int' })
  ownerOrgId: number;

  @Column({ type: 'int' })
  createdById: number;

  @CreateDateColumn()
  createdAt: Date;

  /** Past reports imported as published (history import): read-only, no deadline to chase, no workflow. */
  @Column({ type: 'boolean', default: false })
  isImportedHistory: boolean;

  @VersionColumn()
  version: number;
}
