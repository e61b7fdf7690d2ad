import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigVariables, InvalidConfigError, validateConfig } from './config/config-variables';
import { lowerProcessPriority } from './modules/jobs/lower-process-priority';
import { startMetricsServer } from './observability/metrics-server';

/**
 * The queue worker: the same modules as the API, no HTTP, taking jobs from Redis (REDIS_URL). Run as many as
 * needed next to the API processes: `node dist/worker.js`. Without REDIS_URL there is nothing to do — the
 * embedded API runs its jobs itself.
 */
async function bootstrap(): Promise<void> {
  const config = validateConfig(process.env);
  if (!config.REDIS_URL) throw new InvalidConfigError('配置无效，worker 未启动: REDIS_URL must be set');
  // Before anything else: starting up (compiling, connecting) should not slow the API either.
  lowerProcessPriority(config.JOBS_WORKER_NICE);
  const app = await NestFactory.createApplicationContext(AppModule.register({ JOBS_WORKER: 'true' }), {
    abortOnError: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  const settings = app.get(ConfigVariables);
  // Job counts, failures and notifications are counted here, in the worker; Prometheus scrapes each worker.
  await startMetricsServer(settings.METRICS_PORT);
  new Logger('Worker').log(
    `年报 worker taking jobs from ${settings.REDIS_URL} (prefix ${settings.JOBS_PREFIX}, concurrency ${settings.JOBS_CONCURRENCY}, nice ${settings.JOBS_WORKER_NICE})`,
  );
  // Process managers (PM2 `wait_ready`, the tests) learn here that the worker takes jobs.
  process.send?.('ready');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
