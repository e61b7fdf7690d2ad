import type { JobName, JobPayloads, JobSnapshot } from './job-definitions';

export interface StoredFile {
  ownerId: number;
  fileName: string;
  content: Uint8Array;
}

export const FILE_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Where jobs go: bull on Redis (REDIS_URL set) or the in-process queue of the embedded mode. Both run the
 * processors registered in JobHandlerRegistry, with retries, backoff and progress.
 */
export abstract class JobQueue {
  /** Throws JobsException.queueUnavailable (503) when the queue cannot take the job now. */
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string>;

  abstract find(id: string): Promise<JobSnapshot | null>;

  /**
   * Keeps a file for its owner, for a week, where every API instance and worker finds it: an upload for the job that
   * imports it, an export a job produced. Throws JobsException.queueUnavailable (503) when it cannot.
   */
  abstract storeFile(file: StoredFile): Promise<string>;

  abstract readFile(fileId: string, ownerId: number): Promise<StoredFile | null>;

  /** Runs the reminder scan every `everyMs`, once across all workers. */
  abstract scheduleReminders(everyMs: number): Promise<void>;

  /** Starts taking jobs in this process. */
  abstract startProcessing(): Promise<void>;

  abstract close(): Promise<void>;
}
