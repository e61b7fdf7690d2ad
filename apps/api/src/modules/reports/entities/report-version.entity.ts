import type { ReportValues } from '@nianbao/rules';
import type { StoredNarrative } from '../report-narrative';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A saved state of a report's contents; every save adds one, restoring one adds a new one. */
@Entity('report_versions')
@Index('idx_report_versions_report', ['reportId', 'version'])
export class ReportVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  /** The report's version right after this save. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'simple-json' })
  values: ReportValues;

  @Column({ type: 'simple-json' })
  explanations: Record<string, string>;

  /** The narrative sections (structured text); null until someone writes them. */
  @Column({ type: 'simple-json', nullable: true })
  narrative: StoredNarrative | null;

  @Column({ type: 'int' })
  savedById: number;

  /** Set when this version restores an earlier one. */
  @Column({ type: 'int', nullable: true })
  restoredFromVersion: number | null;

  @Column({ type: 'datetime' })
  savedAt: Date;

  /**
   * The import job (and file in it) that wrote this version: unique, so a job retried after its worker died finds
   * what it already wrote, and two attempts running at once cannot both write.
   */
  @Index('uq_report_versions_job_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  jobKey: string | null;
}
