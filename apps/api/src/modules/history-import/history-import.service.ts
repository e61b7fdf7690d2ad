import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayImportHistory } from '@nianbao/workflow';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { JobQueue } from '../jobs/job-queue';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { ReportAccessService } from '../reports/report-access.service';
import type { ReviewFileInput } from './dto/review-file.input';
import type {
  HistoryImportAcceptedOutput,
  HistoryImportFileOutput,
  HistoryImportListItemOutput,
  HistoryImportOutput,
} from './dto/history-import.output';
import { HistoryImport } from './entities/history-import.entity';
import { HistoryImportFile } from './entities/history-import-file.entity';
import { HistoryImportException } from './history-import.exception';
import { HistoryOrgsService } from './history-orgs.service';
import { HistorySourceFilesRepository } from './history-source-files.repository';
import { FIRST_REPORT_YEAR, latestReportYear } from './report-year';

/** Files in one upload (a zip counts as one). */
export const MAX_UPLOADS = 200;

export interface Upload {
  originalname: string;
  buffer: Buffer;
}

/** A file may be stored once it has an org and a year, and a person has looked at it unless it matched outright. */
export function isReady(file: HistoryImportFile): boolean {
  return (
    file.status === 'read' &&
    file.orgId !== null &&
    file.reportYear !== null &&
    (file.matchLevel === 'matched' || file.isReviewed)
  );
}

/**
 * Uploading past published reports, and reviewing what the job read from them. An upload belongs to the uploader's
 * org: the 政务公开办 of that org and of the orgs above it see it; to everybody else it does not exist (404).
 */
@Injectable()
export class HistoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly scope: OrgScopeService,
    private readonly orgs: HistoryOrgsService,
    private readonly sources: HistorySourceFilesRepository,
    private readonly reports: ReportAccessService,
  ) {}

  async start(user: AuthUser, uploads: Upload[] | undefined): Promise<HistoryImportAcceptedOutput> {
    if (!mayImportHistory(user)) throw HistoryImportException.notAllowed();
    if (!uploads || uploads.length === 0) throw HistoryImportException.noFiles();
    const kept = [];
    for (const upload of uploads) {
      const fileName = decodeFileName(upload.originalname);
      kept.push({
        fileName,
        fileId: await this.queue.storeFile({ ownerId: user.id, fileName, content: upload.buffer }),
      });
    }
    const repository = this.dataSource.getRepository(HistoryImport);
    const created = await repository.save(
      repository.create({
        ownerId: user.id,
        orgId: user.orgId,
        orgPath: user.orgPath,
        jobId: null,
        uploadCount: uploads.length,
        createdAt: new Date(),
        readAt: null,
      }),
    );
    try {
      const jobId = await this.queue.enqueue('history.import', {
        ownerId: user.id,
        importId: created.id,
        uploads: kept,
      });
      await repository.update({ id: created.id }, { jobId });
      return { id: created.id, jobId };
    } catch (error) {
      await repository.delete({ id: created.id });
      throw error;
    }
  }

  async list(user: AuthUser): Promise<HistoryImportListItemOutput[]> {
    if (!mayImportHistory(user)) return [];
    const imports = await this.scope
      .restrict(
        this.dataSource.getRepository(HistoryImport).createQueryBuilder('upload'),
        'upload.orgPath',
        user,
      )
      .orderBy('upload.id', 'DESC')
      .getMany();
    if (imports.length === 0) return [];
    const [files, orgs] = await Promise.all([
      this.dataSource.getRepository(HistoryImportFile).find({
        where: { importId: In(imports.map((upload) => upload.id)) },
        select: { importId: true, status: true },
      }),
      this.orgNames(imports.map((upload) => upload.orgId)),
    ]);
    return imports.map((upload) => {
      const own = files.filter((file) => file.importId === upload.id);
      return {
        id: upload.id,
        orgName: orgs.get(upload.orgId) ?? '',
        createdAt: upload.createdAt,
        readAt: upload.readAt,
        fileCount: own.length,
        storedCount: own.filter((file) => file.status === 'stored').length,
        waitingCount: own.filter((file) => file.status === 'read').length,
      };
    });
  }

  async get(user: AuthUser, id: number): Promise<HistoryImportOutput> {
    return this.describe(await this.findVisible(user, id));
  }

  /** The reviewer's decision on one file: org and year to store it as (checked against their subtree), or skip. */
  async review(
    user: AuthUser,
    id: number,
    fileId: number,
    input: ReviewFileInput,
  ): Promise<HistoryImportFileOutput> {
    const upload = await this.findVisible(user, id);
    const file = await this.findFile(upload, fileId);
    if (file.status !== 'read' && file.status !== 'skipped')
      throw HistoryImportException.notReviewable(
        file.status === 'stored'
          ? '这个文件已经导入，不能再修改；导入的历史年报只读。'
          : file.status === 'failed'
            ? '这个文件未能读取，不能导入。'
            : '文件还在读取中，请稍后再确认。',
      );
    if (!input.isSkipped || input.orgId !== null) await this.checkOrg(upload, input.orgId);
    if (!input.isSkipped || input.reportYear !== null) checkYear(input.reportYear);
    const changes = {
      orgId: input.orgId,
      reportYear: input.reportYear,
      isReviewed: true,
      status: input.isSkipped ? ('skipped' as const) : ('read' as const),
      message: null,
    };
    await this.dataSource
      .getRepository(HistoryImportFile)
      .update({ id: file.id, status: In(['read', 'skipped']) }, changes);
    const [output] = await this.describeFiles([{ ...file, ...changes }]);
    return output;
  }

  async sourceFile(
    user: AuthUser,
    id: number,
    fileId: number,
  ): Promise<{ fileName: string; content: Buffer }> {
    const file = await this.findFile(await this.findVisible(user, id), fileId);
    return { fileName: file.fileName, content: await this.sources.read(file.id) };
  }

  /** The published file an imported report was read from, for whoever may see the report. */
  async reportSourceFile(user: AuthUser, reportId: number): Promise<{ fileName: string; content: Buffer }> {
    await this.reports.findVisible(user, reportId);
    const file = await this.dataSource
      .getRepository(HistoryImportFile)
      .findOneBy({ reportId, status: 'stored' });
    if (!file) throw HistoryImportException.fileNotFound();
    return { fileName: file.fileName, content: await this.sources.read(file.id) };
  }

  async findVisible(user: AuthUser, id: number): Promise<HistoryImport> {
    const upload = await this.dataSource.getRepository(HistoryImport).findOneBy({ id });
    if (!upload || !mayImportHistory(user) || !this.scope.canSee(user, upload.orgPath))
      throw HistoryImportException.notFound();
    return upload;
  }

  async findFile(upload: HistoryImport, fileId: number): Promise<HistoryImportFile> {
    const file = await this.dataSource
      .getRepository(HistoryImportFile)
      .findOneBy({ id: fileId, importId: upload.id });
    if (!file) throw HistoryImportException.fileNotFound();
    return file;
  }

  async describe(upload: HistoryImport): Promise<HistoryImportOutput> {
    const files = await this.dataSource
      .getRepository(HistoryImportFile)
      .find({ where: { importId: upload.id }, order: { position: 'ASC' } });
    const orgs = await this.orgNames([upload.orgId]);
    return {
      id: upload.id,
      orgId: upload.orgId,
      orgName: orgs.get(upload.orgId) ?? '',
      jobId: upload.jobId,
      createdAt: upload.createdAt,
      readAt: upload.readAt,
      files: await this.describeFiles(files),
    };
  }

  private async describeFiles(files: HistoryImportFile[]): Promise<HistoryImportFileOutput[]> {
    const names = await this.orgNames(files.flatMap((file) => (file.orgId === null ? [] : [file.orgId])));
    return files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      byteLength: file.byteLength,
      status: file.status,
      message: file.message,
      formatId: file.formatId,
      agency: file.agency,
      detectedYear: file.detectedYear,
      matchLevel: file.matchLevel,
      confidence: file.confidence,
      matchReason: file.matchReason,
      proposedOrgId: file.proposedOrgId,
      orgId: file.orgId,
      orgName: file.orgId === null ? null : (names.get(file.orgId) ?? null),
      reportYear: file.reportYear,
      isReviewed: file.isReviewed,
      isReady: isReady(file),
      unreadableCount: file.unreadableCells?.length ?? 0,
      valueCount: Object.values(file.values ?? {}).filter((value) => value !== null).length,
      reportId: file.reportId,
    }));
  }

  private async checkOrg(upload: HistoryImport, orgId: number | null): Promise<void> {
    if (orgId === null) throw HistoryImportException.invalidOrg();
    const { byId } = await this.orgs.below(upload.orgPath);
    if (!byId.has(orgId)) throw HistoryImportException.invalidOrg();
  }

  private async orgNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const orgs = await this.dataSource.getRepository(Org).findBy({ id: In([...new Set(ids)]) });
    return new Map(orgs.map((org) => [org.id, org.name]));
  }
}

export function checkYear(year: number | null): asserts year is number {
  const latest = latestReportYear();
  if (year === null || year < FIRST_REPORT_YEAR || year > latest)
    throw HistoryImportException.invalidYear(latest);
}

/** Multer reads the multipart file name as Latin-1; browsers send UTF-8. */
function decodeFileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}
