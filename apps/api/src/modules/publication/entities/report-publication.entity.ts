import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where and when an approved report was published on the government website (one record per report). */
@Entity('report_publications')
@Index('idx_report_publications_campaign_path', ['campaignId', 'orgPath'])
export class ReportPublication {
  @PrimaryColumn({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  campaignId: number;

  /** Copy of the org's path, so progress counts a subtree's publications with one prefix match. */
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** Calendar day of publication, YYYY-MM-DD. */
  @Column({ type: 'date' })
  publishedAt: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  /** The statutory deadline that applied (1月31日, or 3月31日 for a government's own report), YYYY-MM-DD. */
  @Column({ type: 'date' })
  statutoryDeadline: string;

  @Column({ type: 'int' })
  recordedById: number;

  @Column({ type: 'datetime' })
  recordedAt: Date;
}
