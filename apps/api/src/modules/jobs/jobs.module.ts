import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import type { Queue } from 'bull';
import { ConfigVariables } from '../../config/config-variables';
import { BullJobQueue, bullQueueOptions, JOBS_QUEUE } from './bull-job-queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobQueue } from './job-queue';
import { JobUserService } from './job-user.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

const bullJobQueue: Provider = {
  provide: JobQueue,
  inject: [JobHandlerRegistry, getQueueToken(JOBS_QUEUE), ConfigVariables],
  useFactory: (registry: JobHandlerRegistry, queue: Queue, config: ConfigVariables): JobQueue =>
    new BullJobQueue(registry, queue, { prefix: config.JOBS_PREFIX, concurrency: config.JOBS_CONCURRENCY }),
};

const inProcessJobQueue: Provider = {
  provide: JobQueue,
  inject: [JobHandlerRegistry, ConfigVariables],
  useFactory: (registry: JobHandlerRegistry, config: ConfigVariables): JobQueue =>
    new InProcessJobQueue(registry, { attempts: config.JOBS_ATTEMPTS, backoffMs: config.JOBS_BACKOFF_MS }),
};

/**
 * The job queue. With Redis: bull, registered through `@nestjs/bull`, processed by `worker.ts` (the API process only
 * adds and reads jobs; worker.ts sets JOBS_WORKER). Without: the in-process queue, so `pnpm start` needs nothing
 * installed. Either way the processors registered in JobHandlerRegistry run the jobs.
 */
@Global()
@Module({})
export class JobsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    private readonly config: ConfigVariables,
  ) {}

  /** `withRedis`: whether REDIS_URL is set — decided before the app is built, since it chooses what gets imported. */
  static register({ withRedis }: { withRedis: boolean }): DynamicModule {
    return {
      module: JobsModule,
      imports: withRedis
        ? [
            BullModule.forRootAsync({
              inject: [ConfigVariables],
              useFactory: (config: ConfigVariables) =>
                bullQueueOptions({
                  redisUrl: config.REDIS_URL,
                  prefix: config.JOBS_PREFIX,
                  lockMs: config.JOBS_LOCK_MS,
                  attempts: config.JOBS_ATTEMPTS,
                  backoffMs: config.JOBS_BACKOFF_MS,
                }),
            }),
            BullModule.registerQueue({ name: JOBS_QUEUE }),
          ]
        : [],
      controllers: [JobsController],
      providers: [
        JobHandlerRegistry,
        JobUserService,
        JobsService,
        withRedis ? bullJobQueue : inProcessJobQueue,
      ],
      exports: [JobQueue, JobHandlerRegistry, JobUserService],
    };
  }

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
