import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { CHUNK_BYTES, HistoryImportChunk } from './entities/history-import-chunk.entity';

/** The uploaded source files, kept for good in chunks beside their history_import_files row. */
@Injectable()
export class HistorySourceFilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async keep(manager: EntityManager, fileId: number, data: Uint8Array): Promise<void> {
    const chunks: Partial<HistoryImportChunk>[] = [];
    for (let start = 0, position = 0; start < data.byteLength; start += CHUNK_BYTES, position += 1)
      chunks.push({ fileId, position, data: Buffer.from(data.subarray(start, start + CHUNK_BYTES)) });
    for (let start = 0; start < chunks.length; start += 50)
      await manager.getRepository(HistoryImportChunk).insert(chunks.slice(start, start + 50));
  }

  async read(fileId: number): Promise<Buffer> {
    const chunks = await this.dataSource
      .getRepository(HistoryImportChunk)
      .find({ where: { fileId }, order: { position: 'ASC' } });
    return Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.data)));
  }
}
