import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigVariables } from '../../config/config-variables';
import { BullJobQueue } from './bull-job-queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobQueue } from './job-queue';
import { JobUserService } from './job-user.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/**
 * The job queue. With REDIS_URL: bull on Redis, processed by `worker.ts` (the API process only adds and reads
 * jobs; worker.ts sets JOBS_WORKER). Without: the in-process queue, so `pnpm start` needs nothing installed.
 */
@Global()
@Module({
  controllers: [JobsController],
  providers: [
    JobHandlerRegistry,
    JobUserService,
    JobsService,
    {
      provide: JobQueue,
      inject: [JobHandlerRegistry, ConfigVariables],
      useFactory: (registry: JobHandlerRegistry, config: ConfigVariables): JobQueue =>
        config.REDIS_URL
          ? new BullJobQueue(registry, {
              redisUrl: config.REDIS_URL,
              prefix: config.JOBS_PREFIX,
              concurrency: config.JOBS_CONCURRENCY,
              lockMs: config.JOBS_LOCK_MS,
              attempts: config.JOBS_ATTEMPTS,
              backoffMs: config.JOBS_BACKOFF_MS,
            })
          : new InProcessJobQueue(registry, {
              attempts: config.JOBS_ATTEMPTS,
              backoffMs: config.JOBS_BACKOFF_MS,
            }),
    },
  ],
  exports: [JobQueue, JobHandlerRegistry, JobUserService],
})
export class JobsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    private readonly config: ConfigVariables,
  ) {}

  /** After every processor has registered itself (in its module's constructor or onModuleInit). */
  async onApplicationBootstrap(): Promise<void> {
    const isWorker = !this.config.REDIS_URL || this.config.JOBS_WORKER;
    if (!isWorker) return;
    await this.queue.startProcessing();
    if (this.config.REMINDER_SCAN_INTERVAL_SECONDS > 0)
      await this.queue.scheduleReminders(this.config.REMINDER_SCAN_INTERVAL_SECONDS * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
