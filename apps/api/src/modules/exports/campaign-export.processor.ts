import { Injectable } from '@nestjs/common';
import { exportReportSet, exportSummary } from '@nianbao/excel';
import { OUTPUT_FORMATS } from '@nianbao/publish';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { JobPayloads } from '../jobs/job-definitions';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import type { ReportProgress } from '../jobs/job-handler-registry';
import { JobQueue } from '../jobs/job-queue';
import { JobUserService } from '../jobs/job-user.service';
import type { ExportKind } from './export-kind';
import { ExportsException } from './exports.exception';
import { progressWorkbook } from './progress-workbook';
import { PublicationPackageService } from './publication-package.service';
import { SubtreeReportsService } from './subtree-reports.service';

type WorkbookKind = Exclude<ExportKind, 'documents'>;
const KIND_NAMES: Record<WorkbookKind, string> = { reports: '全部报告', summary: '汇总', progress: '填报进度' };

export interface ExportResult {
  fileId: string;
  fileName: string;
  reportCount: number;
}

/** `campaign.export`: builds the workbook (or the zip of documents) and stores it for its owner (GET /api/jobs/{id}/download). */
@Injectable()
export class CampaignExportProcessor {
  constructor(
    registry: JobHandlerRegistry,
    private readonly users: JobUserService,
    private readonly campaigns: CampaignsService,
    private readonly subtree: SubtreeReportsService,
    private readonly queue: JobQueue,
    private readonly publicationPackage: PublicationPackageService,
  ) {
    registry.register('campaign.export', (payload, progress) => this.process(payload, progress));
  }

  async process(payload: JobPayloads['campaign.export'], progress: ReportProgress): Promise<ExportResult> {
    const user = await this.users.load(payload.ownerId);
    const campaign = await this.campaigns.findVisible(user, payload.campaignId);
    const root = await this.subtree.visibleOrg(user, payload.orgId);
    if (payload.kind === 'documents') {
      // Ordered as OUTPUT_FORMATS, each once, whatever the request repeated.
      const formats = OUTPUT_FORMATS.filter((format) => payload.formats?.includes(format) ?? true);
      const { content, reportCount } = await this.publicationPackage.render(campaign, root, formats, progress);
      return this.store(user.id, `${campaign.name}-${root.name}-公开年报.zip`, content, reportCount);
    }
    const reports = await this.subtree.list(campaign, root);
    await progress(30);
    let content: Uint8Array;
    let reportCount = reports.length;
    if (payload.kind === 'reports') content = await exportReportSet(reports);
    else if (payload.kind === 'progress')
      content = await progressWorkbook(campaign.name, campaign.deadline, reports);
    else {
      // As the 汇总 page: the approved reports strictly below the org.
      const approved = reports.filter((report) => report.state === 'approved' && report.orgId !== root.id);
      reportCount = approved.length;
      if (reportCount === 0) throw ExportsException.nothingToSum();
      content = await exportSummary(approved, {
        agency: `${root.name}（汇总）`,
        reportYear: campaign.reportYear,
      });
    }
    await progress(90);
    const fileName = `${campaign.reportYear}年度-${root.name}-${KIND_NAMES[payload.kind]}.xlsx`;
    return this.store(user.id, fileName, content, reportCount);
  }

  private async store(
    ownerId: number,
    fileName: string,
    content: Uint8Array,
    reportCount: number,
  ): Promise<ExportResult> {
    const fileId = await this.queue.storeFile({ ownerId, fileName, content });
    return { fileId, fileName, reportCount };
  }
}
