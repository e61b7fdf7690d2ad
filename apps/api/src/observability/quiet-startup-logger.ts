import { Injectable } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/** Nest's per-module and per-route start-up lines: about 120 of them, which hide the lines a person needs. */
const START_UP_NOISE = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** The pino logger for a terminal: the same lines, without Nest's start-up inventory at info level. */
@Injectable()
export class QuietStartupLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && START_UP_NOISE.has(context)) return;
    super.log(message, ...optionalParams);
  }
}
