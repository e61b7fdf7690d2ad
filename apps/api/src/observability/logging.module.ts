import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stdSerializers } from 'pino';
import { ConfigVariables } from '../config/config-variables';
import { currentRequestId } from './request-context';

/**
 * JSON logs through pino (API and worker processes), one line per request with its id (set by `requestIdMiddleware`), method, url, status
 * and duration. LOG_LEVEL sets the level.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigVariables],
      useFactory: (config: ConfigVariables) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
          customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
            error || response.statusCode >= 500 ? 'error' : 'info',
          autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
          // Only what a request line needs. Headers are never logged, so tokens and cookies cannot leak into logs;
          // serialising (and redacting) every header of every request was a visible part of the API's CPU.
          wrapSerializers: false,
          serializers: {
            req: (request: IncomingMessage & { id: string }) => ({
              id: request.id,
              method: request.method,
              url: request.url,
              remoteAddress: request.socket?.remoteAddress,
            }),
            res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
            err: stdSerializers.err,
          },
          base: { service: 'nianbao-api' },
          // Every line written while serving a request, or running a job a request queued, names that request.
          mixin: () => {
            const requestId = currentRequestId();
            return requestId ? { requestId } : {};
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
