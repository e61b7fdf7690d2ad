import { api, unwrap } from '../../api/api';
import type { ApiQuery } from '../../api/use-api-query';
import { useApiQuery } from '../../api/use-api-query';

/** The years with approved reports in the scope — the years whose figures can be compared — oldest first. */
export function useYearsWithFigures(org: number | undefined): ApiQuery<number[]> {
  return useApiQuery(async () => {
    const trend = await unwrap(api.GET('/api/analytics/trend', { params: { query: org ? { org } : {} } }));
    return trend.years.filter((year) => year.reportCount > 0).map((year) => year.year);
  }, [org]);
}

/** The report years of the campaigns the reader sees (in work or done), oldest first. */
export function useCampaignYears(): ApiQuery<number[]> {
  return useApiQuery(async () => {
    const campaigns = await unwrap(api.GET('/api/campaigns'));
    return [...new Set(campaigns.map((campaign) => campaign.reportYear))].sort((a, b) => a - b);
  }, []);
}
