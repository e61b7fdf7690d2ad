import { Logger } from '@nestjs/common';
import type { Job, Queue, QueueOptions } from 'bull';
import type { JobName, JobPayloads, JobSnapshot, JobState } from './job-definitions';
import type { JobHandlerRegistry } from './job-handler-registry';
import { failureMessage, isPermanentFailure } from './job-handler-registry';
import { randomUUID } from 'node:crypto';
import { FILE_TTL_SECONDS, JobQueue } from './job-queue';
import type { StoredFile } from './job-queue';
import { JobsErrorCode, JobsException } from './jobs.exception';
import { jobFailures, jobsCompleted, registerQueueCounts } from '../../observability/metrics';
import { currentRequestId, runWithRequestId } from '../../observability/request-context';

export interface BullJobQueueOptions {
  /** The queue's Redis key prefix; stored files live under it too. */
  prefix: string;
  concurrency: number;
}

/** The one queue every job goes through; `@nestjs/bull` registers it (see jobs.module.ts). */
export const JOBS_QUEUE = 'jobs';
const ENQUEUE_TIMEOUT_MS = 3000;
const REMINDER_JOB_ID = 'reminders-scan';

/**
 * Queue settings for `BullModule.forRootAsync`: how long a worker holds a job without renewing its lock (a killed
 * worker's job is retried after it), attempts with exponential backoff, and how long finished jobs are kept.
 */
export function bullQueueOptions(options: {
  redisUrl: string;
  prefix: string;
  lockMs: number;
  attempts: number;
  backoffMs: number;
}): QueueOptions {
  return {
    redis: options.redisUrl,
    prefix: options.prefix,
    settings: {
      lockDuration: options.lockMs,
      lockRenewTime: options.lockMs / 2,
      stalledInterval: options.lockMs,
      maxStalledCount: 2,
    },
    defaultJobOptions: {
      attempts: options.attempts,
      backoff: { type: 'exponential', delay: options.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  };
}

/** The queue on Redis (bull 4). The API only adds and reads jobs; worker.ts processes them. */
export class BullJobQueue extends JobQueue {
  private readonly logger = new Logger('BullJobQueue');
  private lastErrorLog = 0;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly queue: Queue,
    private readonly options: BullJobQueueOptions,
  ) {
    super();
    registerQueueCounts(() => this.queue.getJobCounts());
    // Without a listener an unreachable Redis would crash the process; one line a minute is enough.
    this.queue.on('error', (error: Error) => {
      if (Date.now() - this.lastErrorLog < 60_000) return;
      this.lastErrorLog = Date.now();
      this.logger.warn(`Redis: ${error.message}`);
    });
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string> {
    // The request's id travels with the job, so the worker's log lines name the request that queued it.
    const job = await this.whileConnected(() =>
      this.queue.add(name, { ...payload, requestId: currentRequestId() }),
    );
    return String(job.id);
  }

  async find(id: string): Promise<JobSnapshot | null> {
    return this.whileConnected(async () => {
      const job = await this.queue.getJob(id);
      if (!job) return null;
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed') return snapshot(job, state);
      // The job may have finished between reading its hash and its state: read the hash again for the result.
      const finished = await this.queue.getJob(id);
      return finished ? snapshot(finished, state) : null;
    });
  }

  async storeFile(file: StoredFile): Promise<string> {
    const id = randomUUID();
    const key = this.fileKey(id);
    await this.whileConnected(() =>
      this.queue.client
        .multi()
        .hset(
          key,
          'ownerId',
          String(file.ownerId),
          'fileName',
          file.fileName,
          'content',
          Buffer.from(file.content),
        )
        .expire(key, FILE_TTL_SECONDS)
        .exec(),
    );
    return id;
  }

  async readFile(fileId: string, ownerId: number): Promise<StoredFile | null> {
    return this.whileConnected(async () => {
      const [owner, fileName, content] = await this.queue.client.hmgetBuffer(
        this.fileKey(fileId),
        'ownerId',
        'fileName',
        'content',
      );
      if (!owner || !fileName || !content || Number(owner.toString()) !== ownerId) return null;
      return { ownerId, fileName: fileName.toString('utf8'), content };
    });
  }

  async scheduleReminders(everyMs: number): Promise<void> {
    // One repeatable job for all workers: bull keys the repetition by name, id and interval.
    await this.queue.add(
      'reminders.scan',
      { ownerId: null },
      { repeat: { every: everyMs }, jobId: REMINDER_JOB_ID, attempts: 1 },
    );
  }

  async startProcessing(): Promise<void> {
    void this.queue.process('*', this.options.concurrency, async (job: Job) => {
      const { requestId, ...payload } = job.data as { requestId?: string };
      return runWithRequestId(requestId, () => this.runJob(job, payload, requestId));
    });
    await this.queue.isReady();
  }

  /** Runs inside the queueing request's context, so every log line of the job carries its request id. */
  private async runJob(job: Job, payload: unknown, requestId: string | undefined): Promise<unknown> {
    try {
      const result = await this.registry.run(
        job.name as JobName,
        payload,
        (percent) => job.progress(percent),
        // bull numbers jobs from 1 again in an emptied Redis; the creation time keeps the key unique.
        { key: `${job.id}@${job.timestamp}` },
      );
      jobsCompleted.inc({ job: job.name });
      this.logger.log(`${job.name} ${job.id} completed`);
      return result;
    } catch (error) {
      jobFailures.inc({ job: job.name });
      if (isPermanentFailure(error)) job.discard();
      else
        this.logger.error(
          `${job.name} ${job.id} (request ${requestId ?? '-'}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      throw new Error(failureMessage(error));
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  private fileKey(id: string): string {
    return `${this.options.prefix}:files:${id}`;
  }

  /** Fails fast with 503 when Redis is not connected, instead of queueing the request until it comes back. */
  private async whileConnected<T>(action: () => Promise<T>): Promise<T> {
    if (this.queue.client.status !== 'ready') throw new JobsException(JobsErrorCode.QUEUE_UNAVAILABLE);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new JobsException(JobsErrorCode.QUEUE_UNAVAILABLE)),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([action(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function snapshot(job: Job, state: string): JobSnapshot {
  const data = job.data as { ownerId?: number | null };
  return {
    id: String(job.id),
    name: job.name as JobName,
    state: toJobState(state),
    progress: typeof job.progress() === 'number' ? (job.progress() as number) : 0,
    ownerId: data.ownerId ?? null,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason ?? null,
    attemptsMade: job.attemptsMade,
  };
}

function toJobState(state: string): JobState {
  return state === 'active' || state === 'completed' || state === 'failed' ? state : 'waiting';
}
