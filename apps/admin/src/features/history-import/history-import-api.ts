import type { ApiSchemas } from '@nianbao/api-client';
import { api, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../downloads/save-file';
import { waitForJob } from '../jobs/wait-for-job';

export type HistoryImport = ApiSchemas['HistoryImportOutput'];
export type HistoryFile = ApiSchemas['HistoryImportFileOutput'];
export type ReviewDecision = ApiSchemas['ReviewFileInput'];

/** Uploads the files (and zips) and follows the reading job; answers the new import's id. */
export async function uploadHistory(files: File[], onProgress: (percent: number) => void): Promise<number> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.webkitRelativePath || file.name);
  const accepted = await unwrap(api.POST('/api/history-imports', { body: {}, bodySerializer: () => form }));
  await waitForJob(
    accepted.jobId,
    {
      failed: '读取历史年报失败，请检查文件后重试',
      stillQueued: '文件较多，仍在后台读取；稍后刷新本页即可看到读取结果',
    },
    onProgress,
  );
  return accepted.id;
}

export function reviewFile(importId: number, fileId: number, decision: ReviewDecision): Promise<HistoryFile> {
  return unwrap(
    api.PUT('/api/history-imports/{id}/files/{fileId}', {
      params: { path: { id: importId, fileId } },
      body: decision,
    }),
  );
}

export function confirmFiles(importId: number, fileIds: number[]) {
  return unwrap(
    api.POST('/api/history-imports/{id}/confirm', { params: { path: { id: importId } }, body: { fileIds } }),
  );
}

export async function downloadSource(importId: number, file: HistoryFile): Promise<void> {
  const result = await api.GET('/api/history-imports/{id}/files/{fileId}/source', {
    params: { path: { id: importId, fileId: file.id } },
    parseAs: 'blob',
  });
  const content = await unwrap(Promise.resolve(result));
  saveFile(
    content as unknown as Blob,
    suggestedFileName(result.response, file.fileName.split('/').pop() ?? '年报'),
  );
}
