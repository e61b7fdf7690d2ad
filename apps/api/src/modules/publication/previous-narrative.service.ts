import { Injectable } from '@nestjs/common';
import { narrativeText } from '@nianbao/publish';
import type { Block } from '@nianbao/publish';
import { applyOffers, offerReferences } from '@nianbao/rules';
import type { FormatId, ReportData } from '@nianbao/rules';
import type { AuthUser } from '../auth/auth-user';
import { ReportAccessService } from '../reports/report-access.service';
import { hasNarrativeText, narrativeDocument, outlinedNarrative } from '../reports/report-narrative';
import type { StoredNarrative, StoredSection } from '../reports/report-narrative';
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
    const narrative =
      previous.campaign.formatId === campaign.formatId
        ? outlinedNarrative(thisYear, previous.report.narrative)
        : // Another format last year (e.g. legacy before 2019): its text, split again by this year's sections.
          outlinedNarrative(
            thisYear,
            narrativeText(narrativeDocument(previousData, previous.report.narrative)),
          );
    return { ...lastYear, narrative: withOfferedReferences(narrative, previousData, campaign.formatId) };
  }
}

/**
 * Last year's typed numbers that equal last year's tables are offered bound: the paragraph keeps last year's words
 * as `text` and gets `runs` in which those numbers are live (this year's figures once inserted).
 */
function withOfferedReferences(
  narrative: StoredNarrative,
  lastYear: ReportData,
  formatId: FormatId,
): StoredNarrative {
  const offered = (blocks: Block[]): Block[] =>
    blocks.map((block) => {
      if (block.type !== 'paragraph' || block.runs) return block;
      const offers = offerReferences(block.text, lastYear, formatId);
      return offers.length ? { ...block, runs: applyOffers(block.text, offers) } : block;
    });
  const section = (stored: StoredSection): StoredSection => ({
    ...stored,
    blocks: offered(stored.blocks),
    subsections: stored.subsections.map(section),
  });
  return { preamble: offered(narrative.preamble), sections: narrative.sections.map(section) };
}
