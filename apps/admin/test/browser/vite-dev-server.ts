import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, waitForHttp } from './free-port';

export const ADMIN_FOLDER = path.resolve(__dirname, '../..');

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Stops a child process we started and waits for it to exit. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts the app's Vite dev server on a free port (the real compiler and module graph, no build step);
 * `apiUrl` is where it proxies `/api`.
 */
export async function startViteDevServer(apiUrl?: string): Promise<RunningServer> {
  const port = await freePort();
  const vite = path.join(ADMIN_FOLDER, 'node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: ADMIN_FOLDER,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BROWSER: 'none', ...(apiUrl ? { NIANBAO_API_URL: apiUrl } : {}) },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, 30_000, () => child.exitCode === null);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, stop: () => stopChild(child) };
}
