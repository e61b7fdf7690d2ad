import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, waitForHttp } from './free-port';
import type { RunningServer } from './vite-dev-server';
import { ADMIN_FOLDER, stopChild } from './vite-dev-server';

const API_FOLDER = path.resolve(ADMIN_FOLDER, '../api');

/** Builds the admin app the way it ships (the API serves apps/admin/dist at `/`). */
export function buildAdmin(): void {
  execFileSync(
    process.execPath,
    [path.join(ADMIN_FOLDER, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ADMIN_FOLDER,
      stdio: 'pipe',
      // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

/**
 * Starts the real API in embedded mode (in-memory SQLite with the demo data) on a free port. turbo builds the API
 * before this package's tests; a missing build is made here so the test also runs on its own.
 */
export async function startEmbeddedApi(): Promise<RunningServer> {
  const main = path.join(API_FOLDER, 'dist/main.js');
  if (!existsSync(main))
    execFileSync('pnpm', ['--filter', '@nianbao/api', 'build'], { cwd: API_FOLDER, stdio: 'pipe' });
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: API_FOLDER,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DB_MODE: 'embedded',
      EMBEDDED_DB_FILE: ':memory:',
      DEMO_MODE: 'true',
      LOGIN_THROTTLE_LIMIT: '1000',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/api/health`, 60_000, () => child.exitCode === null);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return { url, stop: () => stopChild(child) };
}
