import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { exportReport } from '@nianbao/excel';
import { zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { binaryParser, waitForJob } from '../test/jobs/wait-for-job';
import { startWorker } from '../test/jobs/worker-process';
import { DemoWorld } from '../test/support/demo-world';
import { startTestApp } from '../test/support/test-app';
import type { TestApp } from '../test/support/test-app';

// `pnpm --filter @nianbao/api bench:jobs`: the API on a fresh MariaDB database, bull on Redis (a key prefix of
// its own), one worker process. Writes the `## Jobs` section of docs/performance.md.
/** JOBS_BENCH_REPORTS=20 for a quick check of the script itself. */
const REPORTS = Number(process.env.JOBS_BENCH_REPORTS ?? 500);
/** The worker's CPU priority, as in production (JOBS_WORKER_NICE=0 to compare with a worker that does not yield). */
const WORKER_NICE = process.env.JOBS_WORKER_NICE ?? '10';
const IDLE_MS = 5000;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PERFORMANCE_MD = path.resolve(__dirname, '../../../docs/performance.md');

/** GET latencies of 4 clients, sampled until `isDone()`. */
async function latencies(api: TestApp, paths: string[], isDone: () => boolean): Promise<number[]> {
  const token = await api.token('district_reviewer');
  const samples: number[] = [];
  const client = async () => {
    for (let index = 0; !isDone(); index += 1) {
      const started = process.hrtime.bigint();
      const response = await api
        .http()
        .get(paths[index % paths.length])
        .set('authorization', `Bearer ${token}`);
      if (response.status !== 200) throw new Error(`GET ${paths[index % paths.length]}: ${response.status}`);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all([client(), client(), client(), client()]);
  return samples.sort((a, b) => a - b);
}

const forMs = (durationMs: number) => {
  const end = Date.now() + durationMs;
  return () => Date.now() >= end;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const latencyCell = (sorted: number[]) =>
  `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, p50 ${percentile(sorted, 0.5).toFixed(1)} ms (${sorted.length} requests)`;

async function main(): Promise<void> {
  const jobs = {
    REDIS_URL,
    JOBS_PREFIX: `nianbao-bench-${randomBytes(4).toString('hex')}`,
    JOBS_WORKER_NICE: WORKER_NICE,
    REMINDER_SCAN_INTERVAL_SECONDS: '0',
    UPLOAD_MAX_BYTES: String(100 * 1024 * 1024),
  };
  const api = await startTestApp({ mode: 'mysql', environment: jobs });
  const worker = await startWorker({
    ...jobs,
    DB_MODE: 'mysql',
    MYSQL_DATABASE: api.app.get(DataSource).options.database as string,
    DEMO_MODE: 'true',
    JWT_SECRET: 'test-secret-long-enough-for-validation',
  });
  try {
    const world = new DemoWorld(api);
    const district = await world.orgId('东区');
    const names = Array.from(
      { length: REPORTS },
      (_, index) => `压测单位${String(index + 1).padStart(3, '0')}`,
    );
    // One CSV through the org import: creating 500 orgs one request at a time took minutes on a loaded machine.
    const orgList = ['名称,类型,上级单位', ...names.map((name) => `${name},区级部门,东区`)].join('\n');
    const orgImport = await api
      .http()
      .post('/api/orgs/import')
      .set('authorization', `Bearer ${await api.token('admin')}`)
      .attach('file', Buffer.from(orgList), 'orgs.csv');
    if (orgImport.status !== 200) throw new Error(JSON.stringify(orgImport.body));
    const allOrgs = (await api.get('/api/orgs', 'admin')).body as { id: number; name: string }[];
    const idByName = new Map(allOrgs.map((org) => [org.name, org.id]));
    const orgIds = names.map((name) => idByName.get(name));
    const campaign = await api.post('/api/campaigns', 'district_reviewer', {
      name: '压测任务',
      reportYear: 2030,
      formatId: '2021',
      deadline: new Date(Date.now() + 30 * 24 * 3600_000),
      orgIds,
    });
    if (campaign.status !== 201) throw new Error(JSON.stringify(campaign.body));
    const campaignId = campaign.body.id as number;
    const reportIds = (await api.get(`/api/campaigns/${campaignId}/reports`, 'district_reviewer')).body.map(
      (report: { id: number }) => report.id,
    ) as number[];

    const workbooks = await Promise.all(
      names.map(async (agency, index) => [
        `${agency}.xlsx`,
        await exportReport({
          formatId: '2021',
          reportYear: 2030,
          agency,
          values: { 'T21.B.A1.NP': index % 40, 'T21.B.A1.TOTAL': index % 40 },
        }),
      ]),
    );
    const zip = Buffer.from(zipSync(Object.fromEntries(workbooks)));

    const readPaths = reportIds.slice(0, 50).map((id) => `/api/reports/${id}`);
    const loadBefore = loadavg()[0];
    const idleBefore = await latencies(api, readPaths, forMs(IDLE_MS));

    const importStarted = Date.now();
    const accepted = await api
      .http()
      .post(`/api/campaigns/${campaignId}/import`)
      .set('authorization', `Bearer ${await api.token('district_reviewer')}`)
      .attach('file', zip, '批量.zip');
    if (accepted.status !== 202) throw new Error(JSON.stringify(accepted.body));
    // Sampled for the whole import; idle before and after it, so drifting load from elsewhere shows.
    let isImportDone = false;
    const during = latencies(api, readPaths, () => isImportDone);
    const importJob = await waitForJob(api, 'district_reviewer', accepted.body.jobId, 600_000).finally(
      () => (isImportDone = true),
    );
    const importSeconds = (Date.now() - importStarted) / 1000;
    const loaded = await during;
    const idleAfter = await latencies(api, readPaths, forMs(IDLE_MS));
    const loadAfter = loadavg()[0];
    const importResult = importJob.result as { imported: number; files: { message: string }[] } | null;
    const imported = importResult?.imported ?? 0;
    if (imported < REPORTS)
      console.error(importJob.failedReason ?? importResult?.files.slice(0, 3).map((file) => file.message));

    const exportStarted = Date.now();
    const exportJob = await api.post(`/api/campaigns/${campaignId}/exports`, 'district_reviewer', {
      kind: 'reports',
      org: district,
    });
    await waitForJob(api, 'district_reviewer', exportJob.body.jobId, 600_000);
    const file = await api
      .http()
      .get(`/api/jobs/${exportJob.body.jobId}/download`)
      .set('authorization', `Bearer ${await api.token('district_reviewer')}`)
      .buffer(true)
      .parse(binaryParser);
    const exportSeconds = (Date.now() - exportStarted) / 1000;

    const idle = [...idleBefore, ...idleAfter].sort((a, b) => a - b);
    const ratio = percentile(loaded, 0.99) / percentile(idle, 0.99);
    const section = [
      '## Jobs',
      '',
      `Measured by \`pnpm --filter @nianbao/api bench:jobs\` (${new Date().toISOString().slice(0, 10)}, 2 shared cores, load`,
      `average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after): the API on a fresh MariaDB database, bull on`,
      `the local Redis, one worker process (\`src/worker.ts\`, \`JOBS_WORKER_NICE=${WORKER_NICE}\`).`,
      '',
      '| measure | figure | budget |',
      '|---|---|---|',
      `| batch import of ${REPORTS} workbooks (one zip, upload to job completed) | ${importSeconds.toFixed(1)} s (${imported} imported) | < 60 s |`,
      `| export of ${file.body.length ? REPORTS : 0} reports as one workbook (job + download, ${(file.body.length / 1024 / 1024).toFixed(1)} MB) | ${exportSeconds.toFixed(1)} s | < 30 s |`,
      `| API latency, GET /api/reports/{id}, 4 clients, idle (${IDLE_MS / 1000} s before and after the import) | ${latencyCell(idle)} | |`,
      `| the same for the whole batch import | ${latencyCell(loaded)}, **${ratio.toFixed(2)}×** idle p99 | < 2× |`,
      '',
    ].join('\n');
    console.log(section);
    const current = readFileSync(PERFORMANCE_MD, 'utf8');
    const start = current.indexOf('## Jobs');
    const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
    const updated =
      start < 0
        ? `${current.trimEnd()}\n\n${section}`
        : `${current.slice(0, start)}${section}${next < 0 ? '' : `\n${current.slice(next + 1)}`}`;
    writeFileSync(PERFORMANCE_MD, updated.endsWith('\n') ? updated : `${updated}\n`);
  } finally {
    await worker.stop();
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
