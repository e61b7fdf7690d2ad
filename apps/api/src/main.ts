import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { configureApp, setupSwagger } from './app-setup';
import { AppModule } from './app.module';
import { ConfigVariables, InvalidConfigError, validateConfig } from './config/config-variables';
import { startMetricsServer } from './observability/metrics-server';
import { serveBuiltFrontends } from './static-sites';

async function bootstrap(): Promise<void> {
  validateConfig(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), {
    abortOnError: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  // Client addresses (for rate limits and logs) come from X-Forwarded-For when nginx or an Ingress on a private
  // network forwards the request.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  configureApp(app);
  setupSwagger(app);
  const logger = new Logger('Bootstrap');
  for (const site of serveBuiltFrontends(app)) logger.log(`serving ${site}`);
  const config = app.get(ConfigVariables);
  await app.listen(config.PORT);
  if (await startMetricsServer(config.METRICS_PORT)) logger.log(`metrics on :${config.METRICS_PORT}/metrics`);
  logger.log(
    `年报 API listening on http://localhost:${config.PORT}/api (docs: /api/docs, mode: ${config.DB_MODE})`,
  );
}

bootstrap().catch((error: unknown) => {
  // A bad setting stops the process with a message naming it, not a stack trace.
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
