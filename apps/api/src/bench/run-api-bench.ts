import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';
import { createMysqlDataSource } from '../database/data-source';
import { seedProvince } from '../database/seeds/seed-province';
import type { ProvinceSeed } from '../database/seeds/seed-province';
import { DIST, loadAverage, ms, sequential, start, waitFor, writeIntoPerformanceDoc } from './bench-support';

/**
 * `pnpm --filter @nianbao/api bench`: a province (10,001 orgs, 10,000 reports) in a throwaway MariaDB database,
 * the built API and a bare NestJS endpoint (one indexed SELECT) started side by side, then: progress of the whole
 * province, 汇总 of a 1,000-org district, and submit / approve under load. Prints a Markdown table and writes it
 * into the `## API` section of docs/performance.md (between the api-bench markers).
 */
const SECRET = 'bench-secret-not-for-production-use';
const API_PORT = 3981;
const BARE_PORT = 3982;
const CONNECTIONS = 10;
/** Reports of each pool acted on before measuring, so the measured requests run on optimised (JIT-compiled) code. */
const WARM_UP_REPORTS = 400;
const server = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};

interface Row {
  measure: string;
  target: string;
  result: string;
  /** Whether the target is met; undefined for rows without a target. */
  met?: boolean;
}

async function main(): Promise<void> {
  const database = `nianbao_bench_${Date.now().toString(36)}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const children: ChildProcess[] = [];
  const loadAtStart = loadAverage();
  try {
    const seedStarted = Date.now();
    const dataSource = await createMysqlDataSource({ MYSQL_DATABASE: database }).initialize();
    await dataSource.runMigrations();
    const seed = await seedProvince(dataSource);
    await dataSource.destroy();
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const environment = {
      ...process.env,
      DB_MODE: 'mysql',
      MYSQL_DATABASE: database,
      JWT_SECRET: SECRET,
      DEMO_MODE: 'false',
    };
    const api = start('main.js', { ...environment, PORT: String(API_PORT) });
    const bare = start('bench/bare-select.main.js', { ...environment, PORT: String(BARE_PORT) });
    children.push(api, bare);
    await waitFor(`http://127.0.0.1:${API_PORT}/api/health`);
    await waitFor(`http://127.0.0.1:${BARE_PORT}/bare/orgs/1`);

    const rows = await measure(seed, { api: api.pid as number, bare: bare.pid as number });
    const report = [
      `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ` +
        `load average (1 min) ${loadAtStart} at the start and ${loadAverage()} at the end. ` +
        `Seeded ${database}: 10,001 orgs, 10,000 reports, 10,011 users in ${seedSeconds.toFixed(1)} s.`,
      '',
      '| measure | target | result | |',
      '|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.measure} | ${row.target} | ${row.result} | ${row.met === undefined ? '' : row.met ? 'met' : '**not met**'} |`,
      ),
    ].join('\n');
    console.log(report);
    const results = path.resolve(DIST, '../../../bench-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'api.md'), `${report}\n`);
    writeIntoPerformanceDoc('api-bench', report);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
}

async function measure(seed: ProvinceSeed, pids: { api: number; bare: number }): Promise<Row[]> {
  const jwt = new JwtService({ secret: SECRET });
  const tokens = new Map<number, string>();
  const bearer = (userId: number) => {
    if (!tokens.has(userId))
      tokens.set(userId, `Bearer ${jwt.sign({ sub: userId, kind: 'access' }, { expiresIn: 3600 })}`);
    return tokens.get(userId) as string;
  };
  const reviewer = bearer(seed.provinceReviewerId);
  const api = `http://127.0.0.1:${API_PORT}/api`;
  const rows: Row[] = [];

  const bareSequential = await sequential(200, (index) =>
    fetch(`http://127.0.0.1:${BARE_PORT}/bare/orgs/${(index % 10000) + 1}`),
  );
  const progress = await sequential(200, () =>
    fetch(`${api}/campaigns/${seed.campaignId}/progress`, { headers: { authorization: reviewer } }),
  );
  const summary = await sequential(50, () =>
    fetch(`${api}/campaigns/${seed.campaignId}/summary?org=${seed.approvedDistrictId}`, {
      headers: { authorization: reviewer },
    }),
  );
  rows.push({
    measure: 'bare NestJS endpoint, one indexed SELECT: p50 / p95 of 200 sequential requests',
    target: '—',
    result: `${ms(bareSequential.p50)} / ${ms(bareSequential.p95)}`,
  });
  rows.push({
    measure: 'progress of the whole province (10,000 reports): p50 / p95 of 200 sequential requests',
    target: 'p95 < 100 ms',
    result: `${ms(progress.p50)} / **${ms(progress.p95)}** (p95 ${ratio(progress.p95, bareSequential.p95)} the bare endpoint)`,
    met: progress.p95 < 100,
  });
  rows.push({
    measure: '汇总 of a 1,000-org district (999 approved reports): p50 / p95 / max of 50 sequential requests',
    target: '< 300 ms (p95)',
    result: `**${ms(summary.p50)}** / ${ms(summary.p95)} / ${ms(summary.max)} (p50 ${ratio(summary.p50, bareSequential.p50)} the bare endpoint)`,
    met: summary.p95 < 300,
  });

  const bareUrl = `http://127.0.0.1:${BARE_PORT}/bare/orgs/17`;
  await autocannon({ url: bareUrl, connections: CONNECTIONS, duration: 3 }); // warm-up
  const bareLoad = await measuredLoad(pids.bare, () =>
    autocannon({ url: bareUrl, connections: CONNECTIONS, duration: 10 }),
  );
  rows.push({
    measure: `bare endpoint under load (${CONNECTIONS} connections, 10 s)`,
    target: '—',
    result: `${Math.round(bareLoad.result.requests.average)} req/s, p99 ${bareLoad.result.latency.p99} ms, ${bareLoad.cpu} CPU per request`,
  });

  const transitions = [
    { action: 'submit', pool: seed.drafts },
    { action: 'approve', pool: seed.pendingDistrict },
  ];
  // Warm-up on reports of their own, both actions, so neither is measured on code the JIT has not optimised yet.
  for (const { action, pool } of transitions) {
    await actOn(api, action, pool.slice(0, WARM_UP_REPORTS), bearer);
  }
  for (const { action, pool } of transitions) {
    const measured = pool.slice(WARM_UP_REPORTS);
    for (const { userId } of measured) bearer(userId); // tokens signed before the clock starts
    const { result, cpu } = await measuredLoad(pids.api, () => actOn(api, action, measured, bearer));
    const okShare = result['2xx'] / (result['2xx'] + result.non2xx);
    const requestsPerSecond = result.requests.average;
    rows.push({
      measure: `${action}: ${measured.length} distinct reports, ${CONNECTIONS} connections`,
      target: '≥ 300/s, p99 < 100 ms',
      result:
        `**${Math.round(requestsPerSecond)} req/s**, p50 ${result.latency.p50} ms, **p99 ${result.latency.p99} ms**, ` +
        `${(okShare * 100).toFixed(1)} % 2xx, API ${cpu} CPU per request ` +
        `(throughput ${(requestsPerSecond / bareLoad.result.requests.average).toFixed(2)}× the bare endpoint)`,
      met: okShare === 1 && requestsPerSecond >= 300 && result.latency.p99 < 100,
    });
  }
  return rows;
}

/** Each report of `pool` once, by its own actor, on its first version. */
function actOn(
  api: string,
  action: string,
  pool: ProvinceSeed['drafts'],
  bearer: (userId: number) => string,
): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: api,
    connections: CONNECTIONS,
    amount: pool.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { reportId, userId } = pool[next++ % pool.length];
          return {
            ...request,
            path: `/api/reports/${reportId}/${action}`,
            headers: { 'content-type': 'application/json', authorization: bearer(userId) },
            body: JSON.stringify({ version: 1 }),
          };
        },
      },
    ],
  });
}

/**
 * The run's result and the CPU time the server process spent per request: unlike requests per second, that figure
 * hardly depends on what else the machine is doing (Linux only; "—" elsewhere).
 */
async function measuredLoad(
  pid: number,
  run: () => Promise<autocannon.Result>,
): Promise<{ result: autocannon.Result; cpu: string }> {
  const before = processCpuMs(pid);
  const result = await run();
  const after = processCpuMs(pid);
  const requests = result['2xx'] + result.non2xx;
  const cpu = before === null || after === null || requests === 0 ? '—' : ms((after - before) / requests);
  return { result, cpu };
}

/** User + system CPU time of a process so far, from /proc (clock ticks of 10 ms). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
