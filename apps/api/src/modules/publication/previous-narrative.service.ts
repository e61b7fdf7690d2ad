import { Injectable } from '@nestjs/common';
import { narrativeText } from '@nianbao/publish';
import type { AuthUser } from '../auth/auth-user';
import { ReportAccessService } from '../reports/report-access.service';
import { hasNarrativeText, narrativeDocument, outlinedNarrative } from '../reports/report-narrative';
import { reportData, ReportValidationService } from '../reports/report-validation.service';
import type { PreviousNarrativeOutput } from './dto/previous-narrative.output';

/** 上年文本: the narrative of the same org's approved report of the year before, one click away while writing. */
@Injectable()
export class PreviousNarrativeService {
  constructor(
    private readonly access: ReportAccessService,
    private readonly validation: ReportValidationService,
  ) {}

  async previousNarrative(user: AuthUser, id: number): Promise<PreviousNarrativeOutput> {
    const { report, org, campaign } = await this.access.findVisible(user, id);
    const previous = await this.validation.previousYear(org, campaign);
    if (!previous) return { reportYear: null, narrative: null };
    const lastYear = { reportYear: previous.campaign.reportYear, narrative: null };
    if (!hasNarrativeText(previous.report.narrative)) return lastYear;
    const previousData = reportData(previous.report, org, previous.campaign);
    const thisYear = reportData(report, org, campaign);
    if (previous.campaign.formatId === campaign.formatId) {
      return { ...lastYear, narrative: outlinedNarrative(thisYear, previous.report.narrative) };
    }
    // Another format last year (e.g. legacy before 2019): its text, split again by this year's sections.
    const text = narrativeText(narrativeDocument(previousData, previous.report.narrative));
    return { ...lastYear, narrative: outlinedNarrative(thisYear, text) };
  }
}
