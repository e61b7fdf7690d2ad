import type { AgencyMatchLevel } from '@nianbao/report-import';
import type { FormatId, ReportValues } from '@nianbao/rules';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** `pending` until read; `read` waits for review; `failed` could not be read; `skipped` by the reviewer; `stored`. */
export type HistoryFileStatus = 'pending' | 'read' | 'failed' | 'skipped' | 'stored';

/** One past report of an upload: what was read from it, the org proposed for it, and the reviewer's decision. */
@Entity('history_import_files')
@Unique('uq_history_import_files_position', ['importId', 'position'])
export class HistoryImportFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  importId: number;

  /** The file's place in the upload (zips unpacked in order): the same on every attempt of the job. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'int' })
  byteLength: number;

  @Column({ type: 'varchar', length: 16 })
  status: HistoryFileStatus;

  /** Chinese: why the file could not be read, or why it was not stored. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  formatId: FormatId | null;

  /** The agency the report names itself (report-meta), as printed. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  agency: string | null;

  @Column({ type: 'int', nullable: true })
  detectedYear: number | null;

  /** Every value cell of the format: a number, or null when blank or unreadable (never guessed as 0). */
  @Column({ type: 'simple-json', nullable: true })
  values: ReportValues | null;

  /** Codes of the cells the reader could not read. */
  @Column({ type: 'simple-json', nullable: true })
  unreadableCells: string[] | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  matchLevel: AgencyMatchLevel | null;

  /** 0–100. */
  @Column({ type: 'int', default: 0 })
  confidence: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  matchReason: string | null;

  @Column({ type: 'int', nullable: true })
  proposedOrgId: number | null;

  /** The org the report will be stored for: the proposal until the reviewer changes it. */
  @Column({ type: 'int', nullable: true })
  orgId: number | null;

  /** The year it will be stored as: the detected year until the reviewer changes it. */
  @Column({ type: 'int', nullable: true })
  reportYear: number | null;

  /** A reviewer confirmed or changed org and year: doubtful and unmatched files are stored only then. */
  @Column({ type: 'boolean', default: false })
  isReviewed: boolean;

  @Index('idx_history_import_files_report')
  @Column({ type: 'int', nullable: true })
  reportId: number | null;
}
