import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getFormat } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { AnalyticsMetricsService } from '../analytics/analytics-metrics.service';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Campaign } from '../campaigns/entities/campaign.entity';
import type { Org } from '../orgs/entities/org.entity';
import { Report } from '../reports/entities/report.entity';
import { ReportVersion } from '../reports/entities/report-version.entity';
import type { ConfirmHistoryOutput, StoredFileResultOutput } from './dto/history-import.output';
import { HistoryImport } from './entities/history-import.entity';
import { HistoryImportFile } from './entities/history-import-file.entity';
import { HistoryImportException } from './history-import.exception';
import { HistoryOrgsService } from './history-orgs.service';
import { checkYear, HistoryImportService, isReady } from './history-import.service';

/** A refusal of one file: told in its result, the other files go on. */
class FileRefused extends Error {}

/**
 * Stores reviewed files as the published reports of their orgs: one read-only campaign per year (and format) of the
 * uploading org, marked as imported history; the report approved, its values as read (unreadable cells stay empty),
 * its source file kept beside it. Each file is stored in its own transaction: one refusal never stops the others,
 * and an org that already has a report of that year keeps it untouched.
 */
@Injectable()
export class HistoryStoreService {
  private readonly logger = new Logger('HistoryStoreService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: HistoryImportService,
    private readonly orgs: HistoryOrgsService,
    private readonly audit: AuditService,
    private readonly metrics: AnalyticsMetricsService,
  ) {}

  async confirm(user: AuthUser, id: number, fileIds: number[]): Promise<ConfirmHistoryOutput> {
    const upload = await this.imports.findVisible(user, id);
    const files = await this.dataSource
      .getRepository(HistoryImportFile)
      .findBy({ importId: upload.id, id: In(fileIds) });
    if (files.length !== fileIds.length) throw HistoryImportException.fileNotFound();
    const { byId } = await this.orgs.below(upload.orgPath);
    const results: StoredFileResultOutput[] = [];
    for (const fileId of fileIds) {
      const file = files.find((candidate) => candidate.id === fileId) as HistoryImportFile;
      try {
        const reportId = await this.storeOne(user, upload, file, byId);
        results.push({ fileId, isStored: true, message: '已导入。', reportId });
        await this.refreshMetrics(reportId);
      } catch (error) {
        if (!(error instanceof FileRefused) && !(error instanceof HistoryImportException)) throw error;
        results.push({ fileId, isStored: false, message: error.message, reportId: null });
      }
    }
    return { results, import: await this.imports.describe(upload) };
  }

  private async storeOne(
    user: AuthUser,
    upload: HistoryImport,
    file: HistoryImportFile,
    orgs: Map<number, Org>,
  ): Promise<number> {
    if (file.status === 'stored' && file.reportId !== null) return file.reportId;
    if (file.status === 'failed') throw new FileRefused('文件未能读取，不能导入。');
    if (file.status === 'skipped') throw new FileRefused('文件已跳过；要导入请先取消跳过。');
    if (file.status === 'pending') throw new FileRefused('文件还在读取中，请稍后再导入。');
    if (!isReady(file)) throw new FileRefused('单位或年度存疑，请先确认单位和年度。');
    const org = orgs.get(file.orgId as number);
    if (!org) throw HistoryImportException.invalidOrg();
    const reportYear = file.reportYear as number;
    checkYear(reportYear);

    return this.dataSource.transaction(async (manager) => {
      const existing = await manager
        .getRepository(Report)
        .createQueryBuilder('report')
        .innerJoinAndMapOne('report.campaign', Campaign, 'campaign', 'campaign.id = report.campaignId')
        .where('report.orgId = :orgId', { orgId: org.id })
        .andWhere('campaign.reportYear = :reportYear', { reportYear })
        .getOne();
      if (existing) {
        const campaign = (existing as Report & { campaign: Campaign }).campaign;
        throw new FileRefused(`${org.name} 已有 ${reportYear} 年度的报告（${campaign.name}），未重复导入。`);
      }
      const campaign = await this.historyCampaign(
        manager,
        user,
        upload,
        reportYear,
        file.formatId as FormatId,
      );
      const now = new Date();
      const values = file.values ?? {};
      const { identifiers } = await manager.getRepository(Report).insert({
        campaignId: campaign.id,
        orgId: org.id,
        orgPath: org.path,
        state: 'approved',
        values,
        explanations: {},
        narrative: null,
        submittedAt: null,
        approvedAt: null,
        isOverdue: false,
        lastAction: null,
        lastComment: null,
        version: 1,
        updatedAt: now,
      });
      const reportId = Number(identifiers[0].id);
      await manager.getRepository(ReportVersion).insert({
        reportId,
        version: 1,
        values,
        explanations: {},
        narrative: null,
        savedById: user.id,
        restoredFromVersion: null,
        savedAt: now,
        jobKey: `history-file:${file.id}`,
      });
      const stored = await manager
        .getRepository(HistoryImportFile)
        .update({ id: file.id, status: 'read' }, { status: 'stored', reportId, message: null });
      if (!stored.affected) throw new FileRefused('这个文件刚刚被其他人处理过，请刷新后查看。');
      await this.audit.record(
        {
          actor: user,
          action: 'report.import-history',
          entityType: 'report',
          entityId: reportId,
          orgPath: org.path,
          detail: { importId: upload.id, fileName: file.fileName, reportYear },
        },
        manager,
      );
      return reportId;
    });
  }

  /** The charts count the report from now on; the report itself is stored whether or not this succeeds. */
  private async refreshMetrics(reportId: number): Promise<void> {
    try {
      await this.metrics.refreshReport(reportId);
    } catch (error) {
      this.logger.error(`summary row of imported report ${reportId} not refreshed: ${String(error)}`);
    }
  }

  /** The uploading org's imported-history campaign of the year on the file's format, created on first use. */
  private async historyCampaign(
    manager: EntityManager,
    user: AuthUser,
    upload: HistoryImport,
    reportYear: number,
    formatId: FormatId,
  ): Promise<Campaign> {
    const repository = manager.getRepository(Campaign);
    const scope = { ownerOrgId: upload.orgId, reportYear, isImportedHistory: true };
    const found = await repository.findOneBy({ ...scope, formatId });
    if (found) return found;
    // A year whose reports came in two formats (2022 reports still printed on the 2019 tables) gets one campaign each.
    const formatNote = (await repository.existsBy(scope)) ? `，${getFormat(formatId).shortName}` : '';
    return repository.save(
      repository.create({
        ...scope,
        formatId,
        name: `${reportYear} 年度政府信息公开工作年度报告（历史导入${formatNote}）`,
        // 1月31日 of the next year, end of the day in China: the statutory deadline the reports were published by.
        deadline: new Date(Date.UTC(reportYear + 1, 0, 31, 16)),
        createdById: user.id,
      }),
    );
  }
}
