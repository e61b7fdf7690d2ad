import type { ReportValues } from '@nianbao/rules';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';
import type { StoredNarrative } from '../report-narrative';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One org's report in one campaign. `version` grows on every write; writes name the version they edit. */
@Entity('reports')
@Unique('uq_reports_campaign_org', ['campaignId', 'orgId'])
// Covers progress queries entirely (campaign + subtree prefix, then the counted columns).
@Index('idx_reports_progress', ['campaignId', 'orgPath', 'state', 'isOverdue', 'submittedAt'])
export class Report {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Index('idx_reports_org')
  @Column({ type: 'int' })
  orgId: number;

  /** Copy of the org's path so a subtree's reports are found with one indexed prefix match. */
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'varchar', length: 32 })
  state: ReportState;

  @Column({ type: 'simple-json' })
  values: ReportValues;

  /** Explanations of SOFT-rule findings, keyed by the finding's key (see report-validation.service). */
  @Column({ type: 'simple-json' })
  explanations: Record<string, string>;

  /** The narrative sections (structured text); null until someone writes them. */
  @Column({ type: 'simple-json', nullable: true })
  narrative: StoredNarrative | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  /** Submitted after the campaign's deadline (late submissions are allowed, only marked). */
  @Column({ type: 'boolean', default: false })
  isOverdue: boolean;

  /** The last workflow action, so lists can tell a returned draft from a new one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  lastAction: WorkflowAction | null;

  @Column({ type: 'text', nullable: true })
  lastComment: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
