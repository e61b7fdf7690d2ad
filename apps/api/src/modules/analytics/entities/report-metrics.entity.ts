import type { FormatId } from '@nianbao/rules';
import type { OrgType, ReportState } from '@nianbao/workflow';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const count = { type: 'int', nullable: true } as const;

/**
 * One summary row per report: its key figures (null where the report's cell is blank, unreadable or absent in its
 * format — never 0) and the facts of how it was made. Kept in step with the workflow by AnalyticsMetricsService, so
 * the analytics endpoints aggregate these rows in SQL and never load reports.
 */
@Entity('report_metrics')
@Index('idx_report_metrics_year_path', ['reportYear', 'orgPath'])
@Index('idx_report_metrics_org_year', ['orgId', 'reportYear'])
@Index('idx_report_metrics_campaign_path', ['campaignId', 'orgPath'])
export class ReportMetrics {
  @PrimaryColumn({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  orgId: number;

  @Column({ type: 'varchar', length: 32 })
  orgType: OrgType;

  /** Copy of the org's path: a jurisdiction's rows are found with one prefix match. */
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** The 区/县 the org belongs to (itself for a district's own report); null for the city and 市级部门. */
  @Column({ type: 'int', nullable: true })
  districtId: number | null;

  @Column({ type: 'int' })
  reportYear: number;

  @Column({ type: 'varchar', length: 32 })
  formatId: FormatId;

  @Column({ type: 'varchar', length: 32 })
  state: ReportState;

  @Column(count)
  received: number | null;

  @Column(count)
  handled: number | null;

  @Column(count)
  disclosed: number | null;

  @Column(count)
  partlyDisclosed: number | null;

  @Column(count)
  withheld: number | null;

  @Column(count)
  cannotProvide: number | null;

  @Column(count)
  notProcessed: number | null;

  @Column(count)
  carriedOver: number | null;

  @Column(count)
  reviews: number | null;

  @Column(count)
  reviewsCorrected: number | null;

  @Column(count)
  lawsuits: number | null;

  @Column(count)
  lawsuitsCorrected: number | null;

  @Column(count)
  normativeMade: number | null;

  @Column(count)
  normativeRepealed: number | null;

  @Column(count)
  normativeValid: number | null;

  @Column(count)
  licensing: number | null;

  @Column(count)
  penalties: number | null;

  @Column(count)
  enforcement: number | null;

  @Column(count)
  chargeItems: number | null;

  /** 万元. */
  @Column({ type: 'double', nullable: true })
  chargeAmount: number | null;

  @Column({ type: 'datetime' })
  deadline: Date;

  /** First submission. */
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  /** Final approval; null while (or again) not approved. */
  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  /** Findings of the rules when the report was first submitted; null when not known (not submitted here). */
  @Column(count)
  hardFindings: number | null;

  @Column(count)
  softFindings: number | null;

  /** Narrative-versus-table mismatches at first submission; null when the text was not checked. */
  @Column(count)
  narrativeFindings: number | null;

  /** Required sections missing or out of order at first submission; null when the text was not checked. */
  @Column(count)
  sectionFindings: number | null;

  @Column({ type: 'int', default: 0 })
  returnCount: number;

  /** Calendar day of publication on the government website, YYYY-MM-DD. */
  @Column({ type: 'date', nullable: true })
  publishedAt: string | null;

  /** The statutory publication deadline of this report, YYYY-MM-DD. */
  @Column({ type: 'date' })
  publicationDeadline: string;

  @Column({ type: 'datetime' })
  refreshedAt: Date;
}
