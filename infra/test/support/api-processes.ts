import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { API_DIST } from './throwaway-database';

export interface NodeProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown hooks, as when a machine dies. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a built entry point of the API (`main.js` or `worker.js`) and waits for the line that says it is up. */
export async function startNodeProcess(
  entry: 'main.js' | 'worker.js',
  environment: Record<string, string>,
  readyLine: string,
): Promise<NodeProcess> {
  const child = spawn(process.execPath, [path.join(API_DIST, entry)], {
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 90_000);
    const check = setInterval(() => {
      if (!output.includes(readyLine)) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
