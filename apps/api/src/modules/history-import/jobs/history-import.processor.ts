import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { matchAgencyToOrg, reportYearFromFileName } from '@nianbao/report-import';
import type { OrgCandidate } from '@nianbao/report-import';
import { DataSource } from 'typeorm';
import { readReportFile, unreadableCellsOf } from '../../imports/read-report-file';
import { readUpload } from '../../imports/read-upload';
import { sniffUpload } from '../../imports/sniff-upload';
import { unzipFiles } from '../../imports/unzip-workbooks';
import type { JobPayloads } from '../../jobs/job-definitions';
import { failureMessage, isPermanentFailure, JobHandlerRegistry } from '../../jobs/job-handler-registry';
import type { ReportProgress } from '../../jobs/job-handler-registry';
import { JobQueue } from '../../jobs/job-queue';
import { HistoryImport } from '../entities/history-import.entity';
import { HistoryImportFile } from '../entities/history-import-file.entity';
import { HistoryImportException } from '../history-import.exception';
import { HistoryOrgsService } from '../history-orgs.service';
import { HistorySourceFilesRepository } from '../history-source-files.repository';
import { latestReportYear } from '../report-year';

/** What a zip of saved web pages and documents may hold; anything else in it (images, scripts) is left out. */
const REPORT_FILE = /\.(?:html?|shtml|xhtml|jhtml|txt|pdf|docx?|wps|xlsx?)$/i;
/** The part of the progress bar unpacking takes; reading each file takes the rest. */
const UNPACKED_PERCENT = 10;

/**
 * `history.import`: unpacks the uploads into one row per report file (with its source kept), then reads each with
 * the importers, detects agency and year and proposes an org of the uploader's subtree. A file that cannot be read
 * is marked failed with the reason; the others go on. Rows carry their place in the upload, so a retried job
 * neither duplicates files nor reads again those already read.
 */
@Injectable()
export class HistoryImportProcessor {
  constructor(
    registry: JobHandlerRegistry,
    private readonly queue: JobQueue,
    private readonly orgs: HistoryOrgsService,
    private readonly sources: HistorySourceFilesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    registry.register('history.import', (payload, progress) => this.process(payload, progress));
  }

  async process(
    payload: JobPayloads['history.import'],
    progress: ReportProgress,
  ): Promise<{ files: number; read: number; failed: number }> {
    const upload = await this.dataSource.getRepository(HistoryImport).findOneBy({ id: payload.importId });
    if (!upload) throw HistoryImportException.notFound();
    await this.unpack(payload);
    await progress(UNPACKED_PERCENT);

    const files = this.dataSource.getRepository(HistoryImportFile);
    const pending = await files.find({
      where: { importId: upload.id, status: 'pending' },
      order: { position: 'ASC' },
    });
    const { candidates } = await this.orgs.below(upload.orgPath);
    for (const [index, file] of pending.entries()) {
      await files.update({ id: file.id }, await this.read(file, candidates));
      await progress(
        UNPACKED_PERCENT + Math.round(((index + 1) / pending.length) * (100 - UNPACKED_PERCENT)),
      );
    }
    await this.dataSource.getRepository(HistoryImport).update({ id: upload.id }, { readAt: new Date() });

    const all = await files.find({ where: { importId: upload.id }, select: { id: true, status: true } });
    const failed = all.filter((file) => file.status === 'failed').length;
    return { files: all.length, read: all.length - failed, failed };
  }

  /** One row (and its kept source) per report file, numbered in upload order; a zip that cannot be opened is one failed row. */
  private async unpack({ importId, ownerId, uploads }: JobPayloads['history.import']): Promise<void> {
    const repository = this.dataSource.getRepository(HistoryImportFile);
    const done = new Set(
      (await repository.find({ where: { importId }, select: { position: true } })).map((row) => row.position),
    );
    let position = 0;
    for (const upload of uploads) {
      const data = await readUpload(this.queue, { fileId: upload.fileId, ownerId });
      let entries: Map<string, Uint8Array>;
      let failure: string | null = null;
      try {
        // A file named .zip that is none (a broken download) is said to be a damaged archive, not an unknown file.
        entries =
          isZip(data) || /\.zip$/i.test(upload.fileName)
            ? unzipFiles(data, { isWanted: (name) => REPORT_FILE.test(name), kindName: '年度报告文件' })
            : new Map([[upload.fileName, data]]);
      } catch (error) {
        entries = new Map([[upload.fileName, data]]);
        failure = failureMessage(error);
      }
      for (const [fileName, content] of entries) {
        const place = position++;
        if (done.has(place)) continue;
        await this.dataSource.transaction(async (manager) => {
          const row = await manager.getRepository(HistoryImportFile).save(
            manager.getRepository(HistoryImportFile).create({
              importId,
              position: place,
              fileName: fileName.slice(-255),
              byteLength: content.byteLength,
              status: failure ? 'failed' : 'pending',
              message: failure,
            }),
          );
          await this.sources.keep(manager, row.id, content);
        });
      }
    }
  }

  private async read(
    file: HistoryImportFile,
    candidates: OrgCandidate[],
  ): Promise<Partial<HistoryImportFile>> {
    try {
      const data = await this.sources.read(file.id);
      const contents = await readReportFile(sniffUpload(data), data, file.fileName);
      const reportYear = contents.reportYear ?? reportYearFromFileName(file.fileName, latestReportYear());
      const match = matchAgencyToOrg({ agency: contents.agency, fileName: file.fileName, orgs: candidates });
      return {
        status: 'read',
        message: null,
        formatId: contents.formatId,
        agency: contents.agency?.slice(0, 200) ?? null,
        detectedYear: reportYear,
        values: contents.values,
        unreadableCells: unreadableCellsOf(contents),
        matchLevel: match.level,
        confidence: Math.round(match.confidence * 100),
        matchReason: match.reason.slice(0, 255),
        proposedOrgId: match.orgId,
        orgId: match.orgId,
        reportYear,
      };
    } catch (error) {
      return {
        status: 'failed',
        message: isPermanentFailure(error)
          ? failureMessage(error)
          : '读取时出错：文件可能已损坏或版式特殊。可以另存为 .docx 或 .html 后单独再导入。',
      };
    }
  }
}

function isZip(data: Uint8Array): boolean {
  try {
    return sniffUpload(data) === 'zip';
  } catch {
    return false;
  }
}
