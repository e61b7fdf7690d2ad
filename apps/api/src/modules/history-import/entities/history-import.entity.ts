import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One upload of past published reports by a 政务公开办, read by a job and then reviewed file by file. */
@Entity('history_imports')
export class HistoryImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  ownerId: number;

  /** The uploader's org: the reports are matched to the orgs below it, and only its subtree's officers see the upload. */
  @Column({ type: 'int' })
  orgId: number;

  @Index('idx_history_imports_org_path')
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** The reading job (GET /api/jobs/{id} shows its progress to the uploader). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  jobId: string | null;

  /** Files uploaded (a zip counts once); the files read from them are history_import_files. */
  @Column({ type: 'int' })
  uploadCount: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** Set when the job has read every file. */
  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;
}
