import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reviewer's or submitter's remark on one cell of a report. */
@Entity('cell_comments')
export class CellComment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_cell_comments_report')
  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'varchar', length: 64 })
  cellCode: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
