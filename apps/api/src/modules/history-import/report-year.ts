/** The latest year a report can be published for: a year's report comes out after the year ends. */
export function latestReportYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

export const FIRST_REPORT_YEAR = 2008;
