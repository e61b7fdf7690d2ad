import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { checkFirstContact } from '../first-contact/check-first-contact';

const ROOT = path.resolve(__dirname, '../..');
const START_TIMEOUT_MS = 420_000;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `pnpm start` as a new user runs it (the same script), on its own port and database file. */
function start(environment: Record<string, string>): Started {
  const child = spawn(process.execPath, [path.join(ROOT, 'infra/scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(baseUrl: string, started: Started): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`pnpm start exited:\n${started.output()}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`/api/health never answered:\n${started.output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

describe('first contact: pnpm start serves the whole product', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-first-contact-'));
  let port = 0;
  let started: Started;

  beforeAll(async () => {
    port = await freePort();
    started = start({
      PORT: String(port),
      EMBEDDED_DB_FILE: path.join(dataDir, 'nianbao.sqlite'),
      LOG_FORMAT: 'pretty',
    });
    await waitForHealth(`http://127.0.0.1:${port}`, started);
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    started?.child.kill('SIGTERM');
    await started?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the admin app, the H5 app and Swagger in Chromium, and the demo users sign in', async () => {
    const results = await checkFirstContact(`http://127.0.0.1:${port}`);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results).toHaveLength(7);
  }, 180_000);

  it('ends its start-up with the addresses and the demo accounts, without a line per route', () => {
    const output = started.output();
    expect(output).toContain(`管理端 Admin app      http://localhost:${port}/`);
    expect(output).toContain(`移动端 H5 app         http://localhost:${port}/m/`);
    expect(output).toContain(`年报专栏 Public site  http://localhost:${port}/gk/`);
    expect(output).toContain(`http://localhost:${port}/api/docs`);
    expect(output).toMatch(/district_reviewer\s+东区政务公开办审核员/);
    expect(output).not.toContain('Mapped {');
    expect(output).not.toContain('未构建');
  });

  it(
    'says in one line which port is taken, instead of a stack trace',
    async () => {
      const second = start({ PORT: String(port), EMBEDDED_DB_FILE: path.join(dataDir, 'second.sqlite') });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`端口 ${port} 已被占用`);
      expect(second.output()).toContain(`PORT=${port + 1} pnpm start`);
      expect(second.output()).not.toMatch(/\n\s+at /);
    },
    START_TIMEOUT_MS,
  );
});
