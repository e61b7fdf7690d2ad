import { Injectable } from '@nestjs/common';
import { generateDraft, resolveRuns } from '@nianbao/rules';
import type { AuthUser } from '../auth/auth-user';
import { ReportAccessService } from '../reports/report-access.service';
import { reportData, ReportValidationService } from '../reports/report-validation.service';
import type { NarrativeDraftOutput } from './dto/narrative-draft.output';

/**
 * 生成初稿: the standard paragraphs written from the report's tables and last year's, every number live. A
 * proposal: nothing is saved, the user inserts what they keep.
 */
@Injectable()
export class NarrativeDraftService {
  constructor(
    private readonly access: ReportAccessService,
    private readonly validation: ReportValidationService,
  ) {}

  async draft(user: AuthUser, id: number, variant: number): Promise<NarrativeDraftOutput> {
    const { report, org, campaign } = await this.access.findVisible(user, id);
    const lastYear = await this.validation.previousYear(org, campaign);
    const context = {
      report: reportData(report, org, campaign),
      previous: lastYear && reportData(lastYear.report, org, lastYear.campaign),
    };
    return {
      paragraphs: generateDraft(context, { variant }).map((paragraph) => ({
        ...paragraph,
        text: resolveRuns(paragraph.runs, context).text,
      })),
      previous: lastYear && {
        reportYear: lastYear.campaign.reportYear,
        formatId: lastYear.campaign.formatId,
        values: lastYear.report.values,
      },
    };
  }
}
