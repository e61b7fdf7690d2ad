import { listCells } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import type { NodeProcess } from './support/api-processes';
import { startNodeProcess } from './support/api-processes';
import {
  dropDatabase,
  mysqlEnvironment,
  seedDemoDatabase,
  throwawayDatabaseName,
} from './support/throwaway-database';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'nianbao-demo';

/**
 * Two API processes and two workers on loopback, sharing the real MariaDB and Redis and nothing else — as two
 * containers of each would. Nothing may depend on which process a request or a job lands on.
 */
describe('scale-out: two API processes and two workers', () => {
  const database = throwawayDatabaseName('scale_test');
  const prefix = `nianbao_scale_${randomBytes(4).toString('hex')}`;
  const ports = [30_000 + Math.floor(Math.random() * 10_000)];
  ports.push(ports[0] + 1);
  const apis: NodeProcess[] = [];
  const workers: NodeProcess[] = [];
  const api = (index: number) => request(`http://127.0.0.1:${ports[index]}`);

  beforeAll(async () => {
    await seedDemoDatabase(database);
    const environment = {
      ...(mysqlEnvironment(database) as Record<string, string>),
      DB_MODE: 'mysql',
      MYSQL_SERVER: 'mariadb',
      DEMO_MODE: 'true',
      JWT_SECRET: `scale-out-${randomBytes(16).toString('hex')}`,
      REDIS_URL,
      JOBS_PREFIX: prefix,
      JOBS_LOCK_MS: '2000',
      REMINDER_SCAN_INTERVAL_SECONDS: '0',
      LOGIN_THROTTLE_LIMIT: '1000',
      LOG_LEVEL: 'info',
    };
    const started = await Promise.all([
      ...ports.map((port) =>
        startNodeProcess('main.js', { ...environment, PORT: String(port) }, 'listening on'),
      ),
      startNodeProcess('worker.js', environment, 'worker taking jobs'),
      startNodeProcess('worker.js', environment, 'worker taking jobs'),
    ]);
    apis.push(...started.slice(0, 2));
    workers.push(...started.slice(2));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((process) => process.stop()));
    await dropDatabase(database);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const login = async (index: number, username: string) => {
    const response = await api(index).post('/api/auth/login').send({ username, password: PASSWORD });
    expect(response.status).toBe(200);
    return response.body.accessToken as string;
  };

  /** The demo report of an org in the 2025 campaign, looked up as the admin. */
  const reportOf = async (index: number, orgName: string) => {
    const auth = { authorization: `Bearer ${await login(index, 'admin')}` };
    const orgs = (await api(index).get('/api/orgs').set(auth)).body as { id: number; name: string }[];
    const orgId = orgs.find((org) => org.name === orgName)?.id;
    const campaigns = (await api(index).get('/api/campaigns').set(auth)).body as {
      id: number;
      reportYear: number;
    }[];
    const campaignId = campaigns.find((campaign) => campaign.reportYear === 2025)?.id;
    const reports = (await api(index).get(`/api/campaigns/${campaignId}/reports?org=${orgId}`).set(auth))
      .body as { id: number; orgId: number }[];
    return (reports.find((report) => report.orgId === orgId) as { id: number }).id;
  };

  it('a login on one API process is valid on the other', async () => {
    const token = await login(0, 'submitter');
    const me = await api(1).get('/api/me').set('authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('submitter');
  });

  it('an import enqueued through one API is processed by a worker and read back through the other', async () => {
    const token = await login(0, 'submitter');
    const auth = { authorization: `Bearer ${token}` };
    const report = { id: await reportOf(0, '东城街道') };
    const before = (await api(1).get(`/api/reports/${report.id}`).set(auth)).body.version as number;
    const workbook = await api(1)
      .get(`/api/reports/${report.id}/export.xlsx`)
      .set(auth)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(workbook.status).toBe(200);

    const accepted = await api(0)
      .post(`/api/reports/${report.id}/import`)
      .set(auth)
      .attach('file', workbook.body as Buffer, 'report.xlsx');
    expect(accepted.status).toBe(202);
    const jobId = accepted.body.jobId as string;

    let job = { state: 'waiting' } as { state: string; failedReason?: string };
    for (let attempt = 0; attempt < 120 && !['completed', 'failed'].includes(job.state); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await api(1).get(`/api/jobs/${jobId}`).set(auth)).body;
    }
    expect(job).toMatchObject({ state: 'completed' });
    const after = (await api(1).get(`/api/reports/${report.id}`).set(auth)).body.version as number;
    expect(after).toBe(before + 1);
    // The worker that ran it logged the request id the API gave the upload.
    const requestId = accepted.headers['x-request-id'];
    expect(workers.some((worker) => worker.output().includes(requestId))).toBe(true);
  });

  it('a killed API process loses no request it acknowledged: every acknowledged comment is there', async () => {
    const token = await login(1, 'submitter');
    const auth = { authorization: `Bearer ${token}` };
    const reportId = await reportOf(1, '东城街道');
    const { formatId } = (await api(1).get(`/api/reports/${reportId}`).set(auth)).body as {
      formatId: FormatId;
    };
    const cellCode = listCells(formatId)[0].code;
    const acknowledged: string[] = [];
    const sends: Promise<void>[] = [];
    const statuses: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const body = `并发评论 ${prefix} ${index}`;
      sends.push(
        api(index % 2)
          .post(`/api/reports/${reportId}/comments`)
          .set(auth)
          .send({ cellCode, body })
          .then(
            (response) => {
              if (response.status === 201) acknowledged.push(body);
              else if (response.status !== 502) statuses.push(response.status);
            },
            () => undefined,
          ),
      );
      if (index === 20) void apis[0].kill();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(sends);
    expect(statuses).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    const comments = (await api(1).get(`/api/reports/${reportId}/comments`).set(auth)).body as {
      body: string;
    }[];
    const stored = new Set(comments.map((comment) => comment.body));
    expect(acknowledged.filter((body) => !stored.has(body))).toEqual([]);
  });
});
