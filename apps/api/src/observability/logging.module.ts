import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stdSerializers } from 'pino';
import type { DestinationStream } from 'pino';
import type PinoPretty from 'pino-pretty';
import { ConfigVariables } from '../config/config-variables';
import { isHumanLogOutput } from './human-log-output';
import { QuietStartupLogger } from './quiet-startup-logger';
import { currentRequestId } from './request-context';

/** Readable, coloured lines for a terminal; loaded only there, so production processes never load it. */
function prettyStream(): DestinationStream {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof PinoPretty;
  return pretty({
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,service,context,req,res,responseTime,requestId',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req} {req.method} {req.url} → {res.statusCode} ({responseTime} ms){end}',
    singleLine: true,
  });
}

/**
 * Logs through pino (API and worker processes), one line per request with its id (set by `requestIdMiddleware`),
 * method, url, status and duration: JSON, or readable lines on a terminal (LOG_FORMAT). LOG_LEVEL sets the level.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigVariables],
      useFactory: (config: ConfigVariables) => {
        const isHuman = isHumanLogOutput(config.LOG_FORMAT);
        const options = {
          level: config.LOG_LEVEL,
          genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
          customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
            error || response.statusCode >= 500 ? 'error' : 'info',
          // On a terminal, the pages and scripts of the apps would bury the API lines.
          autoLogging: {
            ignore: (request: IncomingMessage) =>
              request.url === '/api/health' || (isHuman && !request.url?.startsWith('/api/')),
          },
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
        };
        return { pinoHttp: isHuman ? [options, prettyStream()] : options };
      },
    }),
  ],
  providers: [QuietStartupLogger],
  exports: [QuietStartupLogger],
})
export class LoggingModule {}
