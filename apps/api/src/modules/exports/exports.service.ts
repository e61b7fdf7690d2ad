import { Injectable } from '@nestjs/common';
import { createTemplate, exportReport } from '@nianbao/excel';
import { FORMAT_IDS, isFormatId } from '@nianbao/rules';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { JobQueue } from '../jobs/job-queue';
import { ReportsService } from '../reports/reports.service';
import type { CreateExportInput } from './dto/create-export.input';
import { ExportsException } from './exports.exception';
import { SubtreeReportsService } from './subtree-reports.service';

export interface Workbook {
  fileName: string;
  content: Uint8Array;
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly campaigns: CampaignsService,
    private readonly subtree: SubtreeReportsService,
    private readonly queue: JobQueue,
  ) {}

  /** A blank template, or one with an org's name (and the year) filled in. */
  async template(user: AuthUser, format: string, orgId?: number, year?: number): Promise<Workbook> {
    if (!isFormatId(format)) throw ExportsException.unknownFormat(format, FORMAT_IDS);
    const org = orgId === undefined ? null : await this.subtree.visibleOrg(user, orgId);
    const content = await createTemplate(format, { agency: org?.name ?? null, reportYear: year ?? null });
    return { fileName: `年度报告模板-${format}${org ? `-${org.name}` : ''}.xlsx`, content };
  }

  /** One report in the template layout: it imports back exactly. */
  async report(user: AuthUser, reportId: number): Promise<Workbook> {
    const report = await this.reports.get(user, reportId);
    const content = await exportReport({
      formatId: report.formatId as Parameters<typeof exportReport>[0]['formatId'],
      reportYear: report.reportYear,
      agency: report.orgName,
      values: report.values,
    });
    return { fileName: `${report.reportYear}年度-${report.orgName}-第${report.version}版.xlsx`, content };
  }

  async enqueue(user: AuthUser, campaignId: number, input: CreateExportInput): Promise<string> {
    const campaign = await this.campaigns.findVisible(user, campaignId);
    const root = await this.subtree.visibleOrg(user, input.org);
    if (input.kind === 'documents' && (await this.subtree.countApproved(campaign, root)) === 0)
      throw ExportsException.nothingToPublish();
    return this.queue.enqueue('campaign.export', {
      ownerId: user.id,
      campaignId,
      orgId: root.id,
      kind: input.kind,
      ...(input.kind === 'documents' && input.formats ? { formats: input.formats } : {}),
    });
  }
}
