import type { ApiSchemas } from '@nianbao/api-client';
import type { ReportData } from '@nianbao/rules';
import { isFormatId } from '@nianbao/rules';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Baseline } from './report-baselines';
import { previousSubmission } from './report-baselines';

type Report = ApiSchemas['ReportOutput'];

export interface ReportBaselines {
  previousSubmission: Baseline | null;
  /** The same org's approved report of the year before: compared with, and fed to the cross-year rules. */
  lastYear: (Baseline & { report: ReportData }) | null;
}

/** The same org's approved report of the previous report year, if the API has one. */
async function loadLastYear(report: Report): Promise<ReportBaselines['lastYear']> {
  const campaigns = await unwrap(api.GET('/api/campaigns'));
  const lastYearCampaigns = campaigns.filter((campaign) => campaign.reportYear === report.reportYear - 1);
  for (const campaign of lastYearCampaigns) {
    const reports = await unwrap(
      api.GET('/api/campaigns/{id}/reports', {
        params: { path: { id: campaign.id }, query: { org: report.orgId, state: 'approved' } },
      }),
    );
    const own = reports.find((candidate) => candidate.orgId === report.orgId);
    if (!own || !isFormatId(campaign.formatId)) continue;
    const full = await unwrap(api.GET('/api/reports/{id}', { params: { path: { id: own.id } } }));
    return {
      label: `${campaign.reportYear} 年度报告`,
      values: full.values,
      report: {
        formatId: campaign.formatId,
        reportYear: campaign.reportYear,
        agency: report.orgName,
        values: full.values,
      },
    };
  }
  return null;
}

/** What the report can be compared with: the previous submission (from its history) and last year's report. */
export function useReportBaselines(report: Report) {
  return useApiQuery(async (): Promise<ReportBaselines> => {
    const [history, lastYear] = await Promise.all([
      unwrap(api.GET('/api/reports/{id}/history', { params: { path: { id: report.id } } })),
      loadLastYear(report),
    ]);
    return { previousSubmission: previousSubmission(history, report.state !== 'draft'), lastYear };
  }, [report.id, report.version]);
}
