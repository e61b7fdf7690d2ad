import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { JobName, JobPayloads, JobSnapshot } from './job-definitions';
import type { JobHandlerRegistry } from './job-handler-registry';
import { failureMessage, isPermanentFailure } from './job-handler-registry';
import { FILE_TTL_SECONDS, JobQueue } from './job-queue';
import type { StoredFile } from './job-queue';

interface QueuedJob {
  snapshot: JobSnapshot;
  payload: unknown;
}

const KEEP_FINISHED = 1000;

/**
 * The embedded mode's queue (no Redis): jobs run in this process, one at a time, with the same processors,
 * attempts and exponential backoff as on bull. Jobs live in memory: a restart forgets them.
 */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger('InProcessJobQueue');
  private readonly jobs = new Map<string, QueuedJob>();
  private readonly waiting: QueuedJob[] = [];
  private isProcessing = false;
  private isRunning = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly files = new Map<string, StoredFile & { expiresAt: number }>();

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly options: { attempts: number; backoffMs: number },
  ) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string> {
    const id = randomUUID();
    const job: QueuedJob = {
      payload,
      snapshot: {
        id,
        name,
        state: 'waiting',
        progress: 0,
        ownerId: payload.ownerId,
        result: null,
        failedReason: null,
        attemptsMade: 0,
      },
    };
    this.jobs.set(id, job);
    this.forgetOldJobs();
    this.waiting.push(job);
    this.drain();
    return id;
  }

  async find(id: string): Promise<JobSnapshot | null> {
    const job = this.jobs.get(id);
    return job ? { ...job.snapshot } : null;
  }

  async storeFile(file: StoredFile): Promise<string> {
    const now = Date.now();
    for (const [id, stored] of this.files) if (stored.expiresAt < now) this.files.delete(id);
    const id = randomUUID();
    this.files.set(id, { ...file, expiresAt: now + FILE_TTL_SECONDS * 1000 });
    return id;
  }

  async readFile(fileId: string, ownerId: number): Promise<StoredFile | null> {
    const file = this.files.get(fileId);
    return file && file.ownerId === ownerId ? file : null;
  }

  async scheduleReminders(everyMs: number): Promise<void> {
    const timer = setInterval(() => void this.enqueue('reminders.scan', { ownerId: null }), everyMs);
    timer.unref();
    this.timers.add(timer);
  }

  async startProcessing(): Promise<void> {
    this.isProcessing = true;
    this.drain();
  }

  async close(): Promise<void> {
    this.isProcessing = false;
    for (const timer of this.timers) clearInterval(timer);
  }

  private drain(): void {
    if (!this.isProcessing || this.isRunning) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.isRunning = true;
    void this.attempt(job).finally(() => {
      this.isRunning = false;
      this.drain();
    });
  }

  private async attempt(job: QueuedJob): Promise<void> {
    const { snapshot } = job;
    snapshot.state = 'active';
    try {
      snapshot.result = await this.registry.run(
        snapshot.name,
        job.payload,
        async (percent) => {
          snapshot.progress = percent;
        },
        { key: snapshot.id },
      );
      snapshot.progress = 100;
      snapshot.state = 'completed';
    } catch (error) {
      snapshot.attemptsMade += 1;
      snapshot.failedReason = failureMessage(error);
      if (isPermanentFailure(error) || snapshot.attemptsMade >= this.options.attempts) {
        snapshot.state = 'failed';
        if (!isPermanentFailure(error))
          this.logger.error(error instanceof Error ? error.stack : String(error));
        return;
      }
      snapshot.state = 'waiting';
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          this.waiting.push(job);
          this.drain();
        },
        this.options.backoffMs * 2 ** (snapshot.attemptsMade - 1),
      );
      this.timers.add(timer);
    }
  }

  private forgetOldJobs(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP_FINISHED) return;
      if (job.snapshot.state === 'completed' || job.snapshot.state === 'failed') this.jobs.delete(id);
    }
  }
}
