import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Bytes per chunk: under MySQL's 64 KB BLOB, the one binary type sql.js and MySQL share. */
export const CHUNK_BYTES = 60_000;

/** A piece of an imported report's source file, kept so the report can always be checked against what was published. */
@Entity('history_import_chunks')
export class HistoryImportChunk {
  @PrimaryColumn({ type: 'int' })
  fileId: number;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ type: 'blob' })
  data: Buffer;
}
