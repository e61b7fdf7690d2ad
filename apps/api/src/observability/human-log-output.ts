import type { LogFormat } from '../config/config-variables';

/**
 * Whether logs go out as readable lines rather than JSON: asked for, or `auto` on a terminal outside production.
 * A person starting the product reads the terminal; a log collector, a file or a pipe gets JSON.
 */
export function isHumanLogOutput(
  format: LogFormat,
  environment: NodeJS.ProcessEnv = process.env,
  isTerminal = process.stdout.isTTY === true,
): boolean {
  if (format !== 'auto') return format === 'pretty';
  return isTerminal && environment.NODE_ENV !== 'production';
}
