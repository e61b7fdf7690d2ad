import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { configureApp, setupSwagger } from './app-setup';
import { AppModule } from './app.module';
import { ConfigVariables, InvalidConfigError, validateConfig } from './config/config-variables';
import { isHumanLogOutput } from './observability/human-log-output';
import { startMetricsServer } from './observability/metrics-server';
import { QuietStartupLogger } from './observability/quiet-startup-logger';
import { isPortInUse, portInUseMessage } from './startup/port-in-use';
import { startupBanner } from './startup/startup-banner';
import { serveBuiltFrontends } from './static-sites';

async function bootstrap(): Promise<void> {
  const settings = validateConfig(process.env);
  const isHuman = isHumanLogOutput(settings.LOG_FORMAT);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), {
    abortOnError: false,
    bufferLogs: true,
  });
  app.useLogger(isHuman ? app.get(QuietStartupLogger) : app.get(PinoLogger));
  // Client addresses (for rate limits and logs) come from X-Forwarded-For when nginx or an Ingress on a private
  // network forwards the request.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  configureApp(app);
  setupSwagger(app);
  const logger = new Logger('Bootstrap');
  const sites = serveBuiltFrontends(app);
  const config = app.get(ConfigVariables);
  try {
    await app.listen(config.PORT);
  } catch (error) {
    if (!isPortInUse(error)) throw error;
    console.error(portInUseMessage(config.PORT));
    process.exit(1);
  }
  if (await startMetricsServer(config.METRICS_PORT)) logger.log(`metrics on :${config.METRICS_PORT}/metrics`);
  logger.log(
    `年报 API listening on http://localhost:${config.PORT}/api (docs: /api/docs, mode: ${config.DB_MODE}, apps: ${sites.join(' ') || 'none'})`,
  );
  const isLocalDemo = config.DB_MODE === 'embedded' && config.DEMO_MODE;
  if (isHuman || isLocalDemo) {
    console.log(
      startupBanner({
        port: config.PORT,
        dbMode: config.DB_MODE,
        hasDemoAccounts: isLocalDemo,
        servesAdmin: sites.includes('/'),
        servesH5: sites.includes('/m/'),
      }),
    );
  }
}

bootstrap().catch((error: unknown) => {
  // A bad setting stops the process with a message naming it, not a stack trace.
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
