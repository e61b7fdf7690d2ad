import { api } from '../../../services/api';
import type { CellComment, Report, ReportHistory, Validation } from '../../../services/api';

export interface ReportDetails {
  report: Report;
  validation: Validation;
  comments: CellComment[];
  history: ReportHistory;
}

export async function loadReportDetails(id: number): Promise<ReportDetails> {
  const [report, validation, comments, history] = await Promise.all([
    api.report(id),
    api.reportValidation(id),
    api.reportComments(id),
    api.reportHistory(id),
  ]);
  return { report, validation, comments, history };
}
