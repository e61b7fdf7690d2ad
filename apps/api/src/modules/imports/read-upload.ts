import type { JobQueue } from '../jobs/job-queue';
import { ImportsException } from './imports.exception';

/** The file an import job was given (kept by ReportImportService beside the job); a permanent failure when gone. */
export async function readUpload(
  queue: JobQueue,
  { fileId, ownerId }: { fileId: string; ownerId: number },
): Promise<Uint8Array> {
  const file = await queue.readFile(fileId, ownerId);
  if (!file) throw ImportsException.uploadExpired();
  return file.content;
}
