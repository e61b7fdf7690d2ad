import type { HistoryFile } from './history-import-api';

/** How the review table groups the files: what the 政务公开办 has to do about each. */
export type ReviewGroup = 'doubtful' | 'unmatched' | 'matched' | 'failed' | 'skipped' | 'stored' | 'pending';

export const GROUP_LABELS: Record<ReviewGroup, string> = {
  doubtful: '存疑',
  unmatched: '未匹配',
  matched: '已匹配或已确认',
  failed: '无法读取',
  skipped: '已跳过',
  stored: '已导入',
  pending: '读取中',
};

export function groupOf(file: HistoryFile): ReviewGroup {
  if (file.status === 'read')
    return file.isReady
      ? 'matched'
      : file.matchLevel === 'unmatched' && file.orgId === null
        ? 'unmatched'
        : 'doubtful';
  return file.status;
}
