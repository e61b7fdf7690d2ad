import { randomBytes } from 'node:crypto';
import { exportReport } from '@nianbao/excel';
import { zipSync } from 'fflate';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';
import { binaryParser, waitForJob } from '../../../test/jobs/wait-for-job';
import { startWorker } from '../../../test/jobs/worker-process';
import type { WorkerProcess } from '../../../test/jobs/worker-process';
import { JobQueue } from './job-queue';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// The API and separate worker processes on the real MariaDB and Redis (a key prefix of its own per run).
describe('jobs through bull workers (MariaDB + Redis)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let workerEnvironment: Record<string, string>;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    const jobs = {
      REDIS_URL,
      JOBS_PREFIX: `nianbao-test-${randomBytes(4).toString('hex')}`,
      JOBS_LOCK_MS: '1000',
      JOBS_BACKOFF_MS: '200',
      REMINDER_SCAN_INTERVAL_SECONDS: '0',
    };
    api = await startTestApp({ mode: 'mysql', environment: jobs });
    world = new DemoWorld(api);
    const database = api.app.get(DataSource).options.database as string;
    workerEnvironment = {
      ...jobs,
      DB_MODE: 'mysql',
      MYSQL_DATABASE: database,
      DEMO_MODE: 'true',
      JWT_SECRET: 'test-secret-long-enough-for-validation',
    };
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await api?.close();
  });

  const startOne = async () => {
    const worker = await startWorker(workerEnvironment);
    workers.push(worker);
    return worker;
  };

  const exportedWorkbook = async (reportId: number) =>
    (
      await api
        .http()
        .get(`/api/reports/${reportId}/export.xlsx`)
        .set('authorization', `Bearer ${await api.token('submitter')}`)
        .buffer(true)
        .parse(binaryParser)
    ).body as Buffer;

  const upload = async (reportId: number, content: Buffer) =>
    api
      .http()
      .post(`/api/reports/${reportId}/import`)
      .set('authorization', `Bearer ${await api.token('submitter')}`)
      .attach('file', content, '东城街道.xlsx');

  it('an upload is imported by a worker process into the next draft version', async () => {
    await startOne();
    const report = await world.report(await world.campaignId(2025), '东城街道');
    const current = (await api.get(`/api/reports/${report.id}`, 'submitter')).body;
    const workbook = await exportedWorkbook(report.id);
    const accepted = await upload(report.id, workbook);
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'submitter', accepted.body.jobId);
    expect(job).toMatchObject({ state: 'completed', result: { version: current.version + 1 } });
    const after = (await api.get(`/api/reports/${report.id}`, 'submitter')).body;
    expect(after.version).toBe(current.version + 1);
    expect(after.values).toEqual(current.values);
  });

  it('a worker killed in the middle of writing leaves no half-written version; another worker retries the job', async () => {
    const report = await world.report(await world.campaignId(2025), '东城街道');
    const before = (await api.get(`/api/reports/${report.id}/history`, 'submitter')).body;
    const workbook = await exportedWorkbook(report.id);
    const blocker: Connection = await createConnection({
      host: '127.0.0.1',
      user: 'root',
      database: workerEnvironment.MYSQL_DATABASE,
    });
    try {
      // The worker's transaction updates the report and inserts the version, then waits on the audit table.
      await blocker.query('LOCK TABLES audit_entries WRITE');
      const accepted = await upload(report.id, workbook);
      await waitUntil(async () => {
        const [rows] = await blocker.query(
          "SELECT COUNT(*) AS waiting FROM information_schema.PROCESSLIST WHERE INFO LIKE 'INSERT INTO `audit_entries`%'",
        );
        return Number((rows as { waiting: number }[])[0].waiting) > 0;
      });
      await Promise.all(workers.splice(0).map((worker) => worker.kill()));
      await blocker.query('UNLOCK TABLES');

      await startOne();
      const job = await waitForJob(api, 'submitter', accepted.body.jobId, 60_000);
      expect(job.state).toBe('completed');
      const after = (await api.get(`/api/reports/${report.id}/history`, 'submitter')).body;
      expect(after.versions.length).toBe(before.versions.length + 1);
      expect(after.versions[0].version).toBe(before.versions[0].version + 1);
      const saves = (history: { events: { action: string }[] }) =>
        history.events.filter((event) => event.action === 'report.save').length;
      expect(saves(after)).toBe(saves(before) + 1);
    } finally {
      await blocker.query('UNLOCK TABLES');
      await blocker.end();
    }
  });

  it('a batch import retried after its worker was killed writes exactly one version per file', async () => {
    await startOne();
    const district = await world.orgId('东区');
    const agencies = ['重试单位甲', '重试单位乙', '重试单位丙'];
    for (const name of agencies) {
      const created = await api.post('/api/orgs', 'admin', {
        name,
        type: 'district_department',
        parentId: district,
      });
      expect(created.status).toBe(201);
    }
    const withNewOrgs = new DemoWorld(api);
    const campaignId = await withNewOrgs.createCampaign('district_reviewer', 2032, agencies);
    const [first, second, third] = await Promise.all(
      agencies.map((name) => withNewOrgs.report(campaignId, name)),
    );
    const versionCount = async (reportId: number) =>
      (await api.get(`/api/reports/${reportId}/history`, 'district_reviewer')).body.versions.length as number;
    const before = await Promise.all([first, second, third].map((report) => versionCount(report.id)));
    const zip = zipSync(
      Object.fromEntries(
        await Promise.all(
          agencies.map(async (agency, index) => [
            `${agency}.xlsx`,
            await exportReport({
              formatId: '2021',
              reportYear: 2032,
              agency,
              values: { 'T21.B.A1.NP': index + 1 },
            }),
          ]),
        ),
      ),
    );
    const blocker: Connection = await createConnection({
      host: '127.0.0.1',
      user: 'root',
      database: workerEnvironment.MYSQL_DATABASE,
    });
    try {
      // The first file is imported and committed; the second waits on this row lock when its worker is killed.
      await blocker.beginTransaction();
      await blocker.query('SELECT id FROM reports WHERE id = ? FOR UPDATE', [second.id]);
      const accepted = await api
        .http()
        .post(`/api/campaigns/${campaignId}/import`)
        .set('authorization', `Bearer ${await api.token('district_reviewer')}`)
        .attach('file', Buffer.from(zip), '重试.zip');
      expect(accepted.status).toBe(202);
      await waitUntil(async () => {
        const [rows] = await blocker.query(
          `SELECT COUNT(*) AS waiting FROM information_schema.INNODB_TRX AS trx
             JOIN information_schema.PROCESSLIST AS connection ON connection.ID = trx.trx_mysql_thread_id
           WHERE trx.trx_state = 'LOCK WAIT' AND connection.DB = DATABASE()`,
        );
        return Number((rows as { waiting: number }[])[0].waiting) > 0;
      });
      await waitUntil(async () => (await versionCount(first.id)) === before[0] + 1);
      await Promise.all(workers.splice(0).map((worker) => worker.kill()));
      await blocker.rollback();

      await startOne();
      const job = await waitForJob(api, 'district_reviewer', accepted.body.jobId, 60_000);
      expect(job).toMatchObject({ state: 'completed', result: { imported: 3, failed: 0 } });
      const after = await Promise.all([first, second, third].map((report) => versionCount(report.id)));
      expect(after).toEqual(before.map((count) => count + 1));
      const files = (job.result as { files: { reportId: number; version: number }[] }).files;
      expect(files.map((file) => file.version)).toEqual(
        [first, second, third].map((report) => report.version + 1),
      );
    } finally {
      await blocker.end();
    }
  });

  it('two workers scanning for reminders at the same moment tell each person about each event once', async () => {
    await startOne();
    const campaignId = await world.campaignId(2025);
    const campaign = (await api.get(`/api/campaigns/${campaignId}`, 'admin')).body;
    const afterDeadline = new Date(new Date(campaign.deadline).getTime() + 3600_000).toISOString();
    const queue = api.app.get(JobQueue);
    const ids = await Promise.all(
      [1, 2, 3, 4].map(() => queue.enqueue('reminders.scan', { ownerId: null, at: afterDeadline })),
    );
    await waitUntil(async () => {
      const jobs = await Promise.all(ids.map((id) => queue.find(id)));
      return jobs.every((job) => job?.state === 'completed');
    }, 60_000);
    const jobs = await Promise.all(ids.map((id) => queue.find(id)));
    const delivered = jobs.map((job) => (job?.result as { delivered: number }).delivered);
    expect(delivered.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);

    const dataSource = api.app.get(DataSource);
    const duplicates = await dataSource.query(
      'SELECT userId, eventKey, COUNT(*) AS copies FROM notifications GROUP BY userId, eventKey HAVING COUNT(*) > 1',
    );
    expect(duplicates).toEqual([]);
    const inbox = (await api.get('/api/notifications', 'submitter')).body as {
      kind: string;
      title: string;
    }[];
    expect(inbox.filter((message) => message.kind === 'overdue')).toHaveLength(1);
    expect(inbox[0].title).toMatch(/[\u4e00-\u9fa5]/);
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
