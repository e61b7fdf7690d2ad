import type { ReportDocument } from '@nianbao/publish';
import type { PublicReport } from './entities/public-report.entity';
import { AGENCY_LEVEL } from '../reports/report-validation.service';
import { narrativeDocument } from '../reports/report-narrative';

/** The published copy as a document in its format's layout, for every renderer (page, Word, PDF, open data). */
export function publicDocument(
  copy: Pick<PublicReport, 'orgName' | 'orgType' | 'reportYear' | 'formatId' | 'values' | 'narrative'>,
): ReportDocument {
  return narrativeDocument(
    {
      formatId: copy.formatId as ReportDocument['report']['formatId'],
      reportYear: copy.reportYear,
      agency: copy.orgName,
      agencyLevel: AGENCY_LEVEL[copy.orgType],
      values: copy.values,
    },
    copy.narrative,
  );
}
