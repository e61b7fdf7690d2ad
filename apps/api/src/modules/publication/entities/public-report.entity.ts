import type { ReportValues } from '@nianbao/rules';
import type { OrgType } from '@nianbao/workflow';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StoredNarrative } from '../../reports/report-narrative';

/**
 * What the 年报专栏 shows of one published report: a copy of its contents taken when the publication is recorded.
 * The public site reads this table and nothing else about reports, so drafts, 说明, comments, history and every
 * internal field are out of its reach by construction; a later reopen and edit does not change what was published.
 */
@Entity('public_reports')
@Index('idx_public_reports_year', ['reportYear', 'withdrawnAt'])
@Index('idx_public_reports_org', ['orgId', 'withdrawnAt'])
export class PublicReport {
  @PrimaryColumn({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  orgId: number;

  @Column({ type: 'varchar', length: 100 })
  orgName: string;

  @Column({ type: 'varchar', length: 32 })
  orgType: OrgType;

  /** The 区/县 the org belongs to (the district itself for a district government); null for city-level orgs. */
  @Column({ type: 'int', nullable: true })
  districtId: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  districtName: string | null;

  @Column({ type: 'int' })
  reportYear: number;

  @Column({ type: 'varchar', length: 32 })
  formatId: string;

  @Column({ type: 'simple-json' })
  values: ReportValues;

  @Column({ type: 'simple-json', nullable: true })
  narrative: StoredNarrative | null;

  /** Calendar day of publication, YYYY-MM-DD. */
  @Column({ type: 'date' })
  publishedAt: string;

  @Column({ type: 'date' })
  statutoryDeadline: string;

  /** When this copy was written: the feed's `updated` and part of every cache validator. */
  @Column({ type: 'datetime' })
  snapshotAt: Date;

  /** Set when the publication is withdrawn: its URLs answer 410 and it leaves every list, the search and the feed. */
  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;
}
