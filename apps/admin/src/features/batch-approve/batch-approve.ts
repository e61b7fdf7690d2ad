import { api, errorMessage, unwrap } from '../../api/api';

export interface BatchApproveOutcome {
  reportId: number;
  orgName: string;
  isApproved: boolean;
  /** Why the report was left as it was. */
  reason?: string;
}

/**
 * Approves each report the rules allow: the current user must be its reviewer now, and it must have no error and no
 * reminder without an explanation (the same check as the single approve). One at a time, so every result is clear.
 */
export async function batchApprove(
  reports: { id: number; orgName: string }[],
): Promise<BatchApproveOutcome[]> {
  const outcomes: BatchApproveOutcome[] = [];
  for (const { id, orgName } of reports) {
    const outcome = { reportId: id, orgName };
    try {
      const report = await unwrap(api.GET('/api/reports/{id}', { params: { path: { id } } }));
      if (!report.availableActions.includes('approve')) {
        outcomes.push({ ...outcome, isApproved: false, reason: `当前为“${report.statusLabel}”，不由您审核` });
        continue;
      }
      const check = await unwrap(api.GET('/api/reports/{id}/validation', { params: { path: { id } } }));
      if (!check.isSubmittable) {
        const problems = [
          check.hardViolations ? `${check.hardViolations} 个错误` : '',
          check.unexplainedSoftViolations ? `${check.unexplainedSoftViolations} 个提醒未说明` : '',
        ].filter(Boolean);
        outcomes.push({
          ...outcome,
          isApproved: false,
          reason: `校验未通过（${problems.join('，')}），请逐份审核`,
        });
        continue;
      }
      await unwrap(
        api.POST('/api/reports/{id}/approve', {
          params: { path: { id } },
          body: { version: report.version },
        }),
      );
      outcomes.push({ ...outcome, isApproved: true });
    } catch (error) {
      outcomes.push({ ...outcome, isApproved: false, reason: errorMessage(error) });
    }
  }
  return outcomes;
}
