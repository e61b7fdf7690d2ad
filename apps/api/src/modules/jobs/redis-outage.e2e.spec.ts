import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A Redis of this test's own (the machine's shared one on 6379 is never stopped). */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    redis.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    redis.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return redis;
}

async function stopRedis(redis: ChildProcess): Promise<void> {
  redis.removeAllListeners('exit');
  const exited = new Promise((resolve) => redis.once('exit', resolve));
  redis.kill('SIGKILL');
  await exited;
}

// Documented in docs/architecture.md (Jobs): without Redis, reads and edits go on; submitting a job answers 503.
describe('the API while Redis is down and after it comes back (MariaDB + a private Redis)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    api = await startTestApp({
      mode: 'mysql',
      environment: { REDIS_URL: `redis://127.0.0.1:${port}`, REMINDER_SCAN_INTERVAL_SECONDS: '0' },
    });
    world = new DemoWorld(api);
  });

  afterAll(async () => {
    await api?.close();
    if (redis.exitCode === null && redis.signalCode === null) await stopRedis(redis);
  });

  it('keeps serving reads and edits, refuses new jobs with 503 in Chinese, and takes them again once Redis is back', async () => {
    const report = await world.report(await world.campaignId(2025), '东城街道');
    const campaignId = await world.campaignId(2025);
    const exportJob = () =>
      api.post(`/api/campaigns/${campaignId}/exports`, 'district_reviewer', { kind: 'reports' });
    expect((await exportJob()).status).toBe(202);

    await api.token('submitter');
    await stopRedis(redis);
    const read = await api.get(`/api/reports/${report.id}`, 'submitter');
    expect(read.status).toBe(200);
    const edited = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: read.body.version,
      values: { ...read.body.values, 'T21.B.A1.NP': 3 },
    });
    expect(edited.status).toBe(200);
    const started = Date.now();
    const refused = await exportJob();
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({
      code: 'QUEUE_UNAVAILABLE',
      message: expect.stringContaining('暂时不可用'),
    });
    expect(Date.now() - started).toBeLessThan(5000);

    redis = await startRedis(port);
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline && status !== 202) {
      status = (await exportJob()).status;
      if (status !== 202) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(202);
  });
});
