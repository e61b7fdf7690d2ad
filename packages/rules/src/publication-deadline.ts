import type { AgencyLevel } from './report';

/**
 * The last day (YYYY-MM-DD) a year's report may be published. 条例 第四十九条: every agency by 1月31日 of the next
 * year; 第五十条: a county-level-or-higher government's own report (compiled from its agencies') by 3月31日.
 */
export function publicationDeadline(reportYear: number, agencyLevel: AgencyLevel | null | undefined): string {
  const isGovernment = agencyLevel === 'county-government' || agencyLevel === 'city-government';
  return `${reportYear + 1}-${isGovernment ? '03-31' : '01-31'}`;
}

/** Published by the statutory deadline; dates are calendar days (YYYY-MM-DD), so they compare as text. */
export function isPublishedOnTime(publishedAt: string, deadline: string): boolean {
  return publishedAt <= deadline;
}
