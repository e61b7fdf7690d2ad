import { api, unwrap } from '../../api/api';
import { waitForJob } from '../jobs/wait-for-job';

/** One problem the API found reading the file, on a cell where there is one. */
export interface ImportProblem {
  message: string;
  severity: 'error' | 'warning';
  code: string | null;
  /** `依申请公开!D12` in a workbook. */
  address: string | null;
}

/**
 * The part of a finished import job's `result` the page uses. The OpenAPI document describes `result` as a free
 * object (it differs per job), so its shape is stated here once.
 */
export interface ReportImportOutcome {
  version: number;
  problems: ImportProblem[];
}

/** Uploads a workbook (or published report) into the report and waits for the background import to finish. */
export async function importReportFile(reportId: number, file: File): Promise<ReportImportOutcome> {
  const form = new FormData();
  form.append('file', file);
  const accepted = await unwrap(
    api.POST('/api/reports/{id}/import', {
      params: { path: { id: reportId } },
      body: {},
      bodySerializer: () => form,
    }),
  );
  const job = await waitForJob(accepted.jobId, {
    failed: '导入失败，请检查文件后重试',
    stillQueued: '导入仍在排队，请稍后刷新页面查看',
  });
  return job.result as unknown as ReportImportOutcome;
}
