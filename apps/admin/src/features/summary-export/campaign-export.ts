import type { ApiSchemas } from '@nianbao/api-client';
import { api, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../downloads/save-file';
import { waitForJob } from '../jobs/wait-for-job';

export type ExportKind = ApiSchemas['CreateExportInput']['kind'];

/**
 * Has the API build a campaign workbook in the background (`kind`: summary 汇总, reports 全部报告, progress 填报进度)
 * or the 公开年报包 (`documents`: the approved reports as Word/PDF/网页 in a zip) for an org's subtree, reports its
 * progress, and hands the finished file to the browser.
 */
export async function exportCampaignWorkbook(
  campaignId: number,
  kind: ExportKind,
  orgId: number | undefined,
  onProgress: (percent: number) => void,
): Promise<void> {
  const accepted = await unwrap(
    api.POST('/api/campaigns/{id}/exports', {
      params: { path: { id: campaignId } },
      body: orgId === undefined ? { kind } : { kind, org: orgId },
    }),
  );
  await waitForJob(
    accepted.jobId,
    { failed: '导出失败，请稍后重试', stillQueued: '导出仍在排队，请稍后重试' },
    onProgress,
  );
  onProgress(100);
  const result = await api.GET('/api/jobs/{id}/download', {
    params: { path: { id: accepted.jobId } },
    parseAs: 'blob',
  });
  // A refusal comes back as JSON; unwrap turns it into the Chinese message.
  const file = await unwrap(Promise.resolve(result));
  const extension = kind === 'documents' ? 'zip' : 'xlsx';
  saveFile(file as Blob, suggestedFileName(result.response, `导出-${kind}.${extension}`));
}
