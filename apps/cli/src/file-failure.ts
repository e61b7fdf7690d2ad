import { UnreadableReportError } from './report-file';

/** Why one file of a batch has no result: `code` for scripts, `message` in Chinese for the user. */
export interface FileFailure {
  code: string;
  message: string;
}

/**
 * Any error met while reading or checking one file, as that file's failure. A batch of hundreds must not stop at
 * one broken file, not even for a bug in a reader: that file is reported and the others still get their results.
 */
export function fileFailure(error: unknown): FileFailure {
  if (error instanceof UnreadableReportError) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'UNEXPECTED_ERROR', message: `处理该文件时发生意外错误（${detail}）` };
}
