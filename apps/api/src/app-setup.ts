import { RequestMethod } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { GlobalExceptionFilter } from './common/global-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { ConfigVariables } from './config/config-variables';
import { PUBLIC_SITE_PREFIX } from './modules/public-site/public-site-path';
import { httpMetricsMiddleware } from './observability/http-metrics.middleware';
import { requestIdMiddleware } from './observability/request-context';

export const API_PREFIX = 'api';

/** What every instance of the API needs, whether started by main.ts or by a test. */
export function configureApp(app: INestApplication): void {
  // helmet's defaults, except upgrade-insecure-requests: an installation on a plain-HTTP intranet address must work.
  app.use(
    requestIdMiddleware,
    httpMetricsMiddleware,
    helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }),
  );
  const allowedOrigins = app
    .get(ConfigVariables)
    .CORS_ORIGINS.split(',')
    .map((origin) => origin.trim());
  // No CORS headers at all unless origins are listed: the front ends are served from the API's own origin.
  if (allowedOrigins.some(Boolean)) app.enableCors({ origin: allowedOrigins.filter(Boolean), maxAge: 600 });
  // The 年报专栏 keeps its own short, stable URLs (/gk/…) outside the API.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: PUBLIC_SITE_PREFIX, method: RequestMethod.GET },
      { path: `${PUBLIC_SITE_PREFIX}/*path`, method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GlobalExceptionFilter());
  app.enableShutdownHooks();
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('年报 API')
    .setDescription(
      '政府信息公开工作年度报告：单位、账号、填报任务、报告、审批流程、审计。错误统一为 {code, message}。',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /api/docs and the JSON at /api/docs-json. */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}
