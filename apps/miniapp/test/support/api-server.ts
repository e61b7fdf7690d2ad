import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const API_MAIN = path.resolve(__dirname, '../../../api/dist/main.js');
const DEMO_PASSWORD = 'nianbao-demo';

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ApiServer {
  origin: string;
  /** Calls the API as a demo user (for arranging data the browser then works on). */
  call<T>(username: string, method: string, apiPath: string, body?: object): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The built API (`pnpm --filter @nianbao/api build`) as its own process in embedded mode with the demo data, on a
 * free port and a throwaway SQLite file. It serves the mini-program's H5 build at /m/.
 */
export async function startApiServer(): Promise<ApiServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run pnpm --filter @nianbao/api build`);
  const port = await freePort();
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'nianbao-miniapp-'));
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      DB_MODE: 'embedded',
      EMBEDDED_DB_FILE: path.join(dataFolder, 'nianbao.sqlite'),
      DEMO_MODE: 'true',
      LOGIN_THROTTLE_LIMIT: '1000',
      // The reminder scan fills the inbox; every second instead of hourly so a test sees its result.
      REMINDER_SCAN_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`the API did not start within 60 s: ${stderr}`);
    const isUp = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    if (!tokens.has(username)) {
      const { accessToken } = await send<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
        username,
        password: DEMO_PASSWORD,
      });
      tokens.set(username, accessToken);
    }
    return tokens.get(username) as string;
  };
  async function send<T>(method: string, apiPath: string, bearer?: string, body?: object): Promise<T> {
    const response = await fetch(origin + apiPath, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  return {
    origin,
    call: async (username, method, apiPath, body) => send(method, apiPath, await token(username), body),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
