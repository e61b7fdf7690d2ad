import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeLabel } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { Report } from '../reports/entities/report.entity';
import type { JobPayloads } from '../jobs/job-definitions';
import { failureMessage, JobHandlerRegistry } from '../jobs/job-handler-registry';
import type { ReportProgress, RunningJob } from '../jobs/job-handler-registry';
import { JobQueue } from '../jobs/job-queue';
import { JobUserService } from '../jobs/job-user.service';
import type { BatchFileResult } from './dto/import-result.output';
import { ImportsException } from './imports.exception';
import { readReportFile } from './read-report-file';
import { readUpload } from './read-upload';
import { ReportImportProcessor } from './report-import.processor';
import { unzipWorkbooks } from './unzip-workbooks';

/** Workbooks imported at once: one is parsed while the other waits on the database. */
const FILES_IN_FLIGHT = 2;

interface Candidate {
  reportId: number;
  version: number;
  orgName: string;
  formatId: string;
}

/**
 * `campaign.batch-import`: a zip of workbooks from the 政务公开办. Each workbook is matched to a report of the
 * campaign by the agency named in it (填报单位), then imported like a single upload, with the uploader's rights.
 * Every file gets its own result; one bad file does not stop the others. Each version is written with the job's
 * key and the file's place in the zip, so a retried job skips the files its earlier attempt imported.
 */
@Injectable()
export class BatchImportProcessor {
  constructor(
    registry: JobHandlerRegistry,
    private readonly users: JobUserService,
    private readonly scope: OrgScopeService,
    private readonly single: ReportImportProcessor,
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    registry.register('campaign.batch-import', (payload, progress, job) =>
      this.process(payload, progress, job),
    );
  }

  async process(
    payload: JobPayloads['campaign.batch-import'],
    progress: ReportProgress,
    job: RunningJob,
  ): Promise<{ files: BatchFileResult[]; imported: number; failed: number }> {
    const user = await this.users.load(payload.ownerId);
    const workbooks = unzipWorkbooks(await readUpload(this.queue, payload));
    const candidates = await this.candidatesByAgency(payload.campaignId, user);
    const entries = [...workbooks];
    const files: BatchFileResult[] = new Array(entries.length);
    let started = 0;
    let done = 0;
    const importInTurn = async () => {
      while (started < entries.length) {
        const index = started++;
        const [fileName, data] = entries[index];
        // The file's place in the zip, the same on every attempt, marks the version it writes.
        files[index] = await this.importOne(user, fileName, data, candidates, `${job.key}#${index}`);
        done += 1;
        if (done % 10 === 0 || done === entries.length)
          await progress(Math.round((done / entries.length) * 100));
      }
    };
    await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, importInTurn));
    const imported = files.filter((file) => file.status === 'imported').length;
    return { files, imported, failed: files.length - imported };
  }

  private async importOne(
    user: Awaited<ReturnType<JobUserService['load']>>,
    fileName: string,
    data: Uint8Array,
    candidates: Map<string, Candidate>,
    jobKey: string,
  ): Promise<BatchFileResult> {
    const failed = (message: string, orgName: string | null = null): BatchFileResult => ({
      fileName,
      status: 'failed',
      message,
      orgName,
      reportId: null,
      version: null,
      problemCount: 0,
    });
    try {
      const contents = await readReportFile('xlsx', data, fileName);
      if (!contents.agency) return failed('工作簿中没有填写单位名称（填报单位），无法对应到单位。');
      const match = candidates.get(normalizeLabel(contents.agency));
      if (!match) return failed(`本任务中没有名为“${contents.agency}”的填报单位（或不在您的管辖范围内）。`);
      if (contents.formatId !== match.formatId)
        return failed(
          ImportsException.formatMismatch(contents.formatId, match.formatId).message,
          match.orgName,
        );
      // Rule findings are left to each unit's report page: validating here would double the database work per file.
      const version = await this.single.saveOnce(user, match.reportId, match.version, contents, {
        jobKey,
        isCollected: true,
      });
      return {
        fileName,
        status: 'imported',
        message: `已导入为第 ${version} 版。`,
        orgName: match.orgName,
        reportId: match.reportId,
        version,
        problemCount: contents.problems.length,
      };
    } catch (error) {
      return failed(failureMessage(error));
    }
  }

  /** The campaign's reports the uploader can see, by normalized org name. */
  private async candidatesByAgency(
    campaignId: number,
    user: Awaited<ReturnType<JobUserService['load']>>,
  ): Promise<Map<string, Candidate>> {
    const rows = await this.scope
      .restrict(
        this.dataSource
          .getRepository(Report)
          .createQueryBuilder('report')
          .innerJoin(Org, 'org', 'org.id = report.orgId')
          .innerJoin(Campaign, 'campaign', 'campaign.id = report.campaignId')
          .select([
            'report.id AS reportId',
            'report.version AS version',
            'org.name AS orgName',
            'campaign.formatId AS formatId',
          ])
          .where('report.campaignId = :campaignId', { campaignId }),
        'report.orgPath',
        user,
      )
      .getRawMany<Candidate>();
    return new Map(
      rows.map((row) => [
        normalizeLabel(row.orgName),
        { ...row, reportId: Number(row.reportId), version: Number(row.version) },
      ]),
    );
  }
}
