import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { JobPayloads } from '../jobs/job-definitions';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import type { ReportProgress, RunningJob } from '../jobs/job-handler-registry';
import { JobQueue } from '../jobs/job-queue';
import { JobUserService } from '../jobs/job-user.service';
import { ReportVersion } from '../reports/entities/report-version.entity';
import { ReportsService } from '../reports/reports.service';
import type { ReportImportResult } from './dto/import-result.output';
import { ImportsException } from './imports.exception';
import { readReportFile, unreadableCellsOf } from './read-report-file';
import { readUpload } from './read-upload';
import type { ReportFileContents } from './read-report-file';
import { sniffUpload } from './sniff-upload';

/**
 * `report.import`: file → importer → a new draft version (through ReportsService, so the same permission and
 * optimistic-concurrency checks as a save) → rule findings addressed to the file's cells. The version is written
 * in one transaction together with the job's key: a worker killed halfway leaves nothing, and a retried job finds
 * the version its earlier attempt committed instead of writing another.
 */
@Injectable()
export class ReportImportProcessor {
  constructor(
    registry: JobHandlerRegistry,
    private readonly users: JobUserService,
    private readonly reports: ReportsService,
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    registry.register('report.import', (payload, progress, job) => this.process(payload, progress, job));
  }

  async process(
    payload: JobPayloads['report.import'],
    progress: ReportProgress,
    job: RunningJob,
  ): Promise<ReportImportResult> {
    const user = await this.users.load(payload.ownerId);
    const data = await readUpload(this.queue, payload);
    const contents = await readReportFile(sniffUpload(data), data, payload.fileName);
    await progress(40);
    const { reportId, baseVersion } = payload;
    const report = await this.reports.get(user, reportId);
    if (report.formatId !== contents.formatId)
      throw ImportsException.formatMismatch(contents.formatId, report.formatId);
    const version = await this.saveOnce(user, reportId, baseVersion, contents, { jobKey: job.key });
    await progress(80);
    const validation = await this.reports.validate(user, reportId, {
      unreadableCells: unreadableCellsOf(contents),
    });
    await progress(100);
    return {
      reportId,
      version,
      formatId: contents.formatId,
      problems: contents.problems,
      violations: validation.violations.map(({ ruleId, severity, message, cells }) => ({
        ruleId,
        severity,
        message,
        cells: cells.map((code) => ({ code, address: contents.cellAddresses[code] ?? null })),
      })),
    };
  }

  /**
   * Saves the contents as the version after `baseVersion`, once per `jobKey`: the version an earlier attempt of
   * the job committed is found and returned, and an attempt running at the same time is refused by the unique key.
   * The batch import writes as a collector (the 政务公开办 importing a unit's draft, see
   * ReportsService.saveCollectedDraft).
   */
  async saveOnce(
    user: AuthUser,
    reportId: number,
    baseVersion: number,
    contents: ReportFileContents,
    { jobKey, isCollected = false }: { jobKey: string; isCollected?: boolean },
  ): Promise<number> {
    const committed = await this.versionWrittenBy(jobKey);
    if (committed !== null) return committed;
    try {
      const saved = isCollected
        ? await this.reports.saveCollectedDraft(user, reportId, baseVersion, contents.values, { jobKey })
        : await this.reports.save(
            user,
            reportId,
            { version: baseVersion, values: contents.values },
            { jobKey },
          );
      return saved.version;
    } catch (error) {
      const committedMeanwhile = await this.versionWrittenBy(jobKey);
      if (committedMeanwhile !== null) return committedMeanwhile;
      throw error;
    }
  }

  private async versionWrittenBy(jobKey: string): Promise<number | null> {
    const version = await this.dataSource.getRepository(ReportVersion).findOneBy({ jobKey });
    return version?.version ?? null;
  }
}
