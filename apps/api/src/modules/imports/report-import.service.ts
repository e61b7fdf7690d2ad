import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { JobQueue } from '../jobs/job-queue';
import { ReportException } from '../reports/reports.exception';
import { ReportsService } from '../reports/reports.service';
import { ImportsException } from './imports.exception';
import { sniffUpload } from './sniff-upload';

export interface Upload {
  originalname: string;
  buffer: Buffer;
}

/** Checks what can be checked at once (who, which report, what kind of file), then hands the work to a job. */
@Injectable()
export class ReportImportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly campaigns: CampaignsService,
    private readonly queue: JobQueue,
  ) {}

  async enqueueReportImport(user: AuthUser, reportId: number, file: Upload | undefined): Promise<string> {
    const report = await this.reports.get(user, reportId);
    if (!report.canEdit)
      throw ReportException.notEditable(
        report.state === 'draft'
          ? '只有本单位填报员可以导入这份报告。'
          : '报告已提交，不能导入；需要修改请先撤回或由审核人退回。',
      );
    if (!file) throw ImportsException.fileMissing('报告文件（.xlsx、.docx、.html、.txt 或 .pdf）');
    const kind = sniffUpload(file.buffer);
    if (kind === 'zip')
      throw ImportsException.unsupported('这是压缩包；单份报告请上传一个文件，多份工作簿请用批量导入。');
    return this.queue.enqueue('report.import', {
      ownerId: user.id,
      reportId,
      baseVersion: report.version,
      ...(await this.keep(user, file)),
    });
  }

  async enqueueBatchImport(user: AuthUser, campaignId: number, file: Upload | undefined): Promise<string> {
    await this.campaigns.findVisible(user, campaignId);
    if (!file) throw ImportsException.fileMissing('装有多个 Excel 工作簿的 .zip 压缩包');
    if (sniffUpload(file.buffer) !== 'zip')
      throw ImportsException.unsupported(
        '批量导入须上传 .zip 压缩包，其中每个 .xlsx 工作簿是一个单位的报告。',
      );
    return this.queue.enqueue('campaign.batch-import', {
      ownerId: user.id,
      campaignId,
      ...(await this.keep(user, file)),
    });
  }

  /**
   * The upload goes beside the job, not into it: every GET /api/jobs/{id} reads the whole job, and a zip of 500
   * workbooks in it made each poll parse megabytes in the API process.
   */
  private async keep(user: AuthUser, file: Upload): Promise<{ fileName: string; fileId: string }> {
    const fileName = decodeFileName(file.originalname);
    return {
      fileName,
      fileId: await this.queue.storeFile({ ownerId: user.id, fileName, content: file.buffer }),
    };
  }
}

/** Multer reads the multipart file name as Latin-1; browsers send UTF-8. */
function decodeFileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}
