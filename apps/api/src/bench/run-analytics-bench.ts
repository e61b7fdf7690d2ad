import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { JwtService } from '@nestjs/jwt';
import { createConnection } from 'mysql2/promise';
import { createMysqlDataSource } from '../database/data-source';
import { seedProvince, seedProvinceHistory } from '../database/seeds/seed-province';
import { writeReportMetrics } from '../modules/analytics/report-metrics.repository';
import { loadAverage, ms, sequential, start, waitFor, writeIntoPerformanceDoc } from './bench-support';

/**
 * `pnpm --filter @nianbao/api bench:analytics`: the province of the API bench (10,001 orgs) with five years of
 * reports (2021–2025, 50,000 reports and their summary rows) in a throwaway MariaDB database, the built API, then
 * the analytics endpoints one request after another. Writes the `analytics-bench` block of docs/performance.md.
 */
const SECRET = 'bench-secret-not-for-production-use';
const PORT = 3983;
const REQUESTS = 100;
const server = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};

async function main(): Promise<void> {
  const database = `nianbao_bench_${Date.now().toString(36)}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  let api: ChildProcess | null = null;
  const loadAtStart = loadAverage();
  try {
    const seedStarted = Date.now();
    const dataSource = await createMysqlDataSource({ MYSQL_DATABASE: database }).initialize();
    await dataSource.runMigrations();
    const seed = await seedProvince(dataSource);
    const firstHistoryId = 10_000 + 1;
    const history = await seedProvinceHistory(dataSource, [2021, 2022, 2023, 2024], firstHistoryId);
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const metricsStarted = Date.now();
    // The findings at submission play no part in the measured queries.
    const rows = await writeReportMetrics(dataSource.manager, async () => null);
    const metricsSeconds = (Date.now() - metricsStarted) / 1000;
    await dataSource.destroy();

    api = start('main.js', {
      ...process.env,
      DB_MODE: 'mysql',
      MYSQL_DATABASE: database,
      JWT_SECRET: SECRET,
      DEMO_MODE: 'false',
      PORT: String(PORT),
    });
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    const authorization = `Bearer ${new JwtService({ secret: SECRET }).sign(
      { sub: seed.provinceReviewerId, kind: 'access' },
      { expiresIn: 3600 },
    )}`;
    const get = (query: string) => () =>
      fetch(`http://127.0.0.1:${PORT}/api/analytics/${query}`, { headers: { authorization } });
    const measures: [string, string, number | null][] = [
      ['trend of the whole province (50,000 reports, 5 years): all figures per year', 'trend', 300],
      [
        'one-year ranking of 10,000 orgs (新收申请, top 50 + distribution + peer outliers)',
        'ranking?year=2025&measure=received',
        300,
      ],
      [
        'one-year ranking of a share among 乡镇/街道 (不予公开占比)',
        'ranking?year=2025&measure=withheldShare&orgType=township',
        null,
      ],
      ['trend of one org (its own reports)', `trend?of=org&org=${seed.approvedDistrictId + 1}`, null],
      [
        'outliers of one district (year-over-year and peers)',
        `outliers?year=2025&district=${seed.approvedDistrictId}`,
        null,
      ],
      ['年报质量 scorecard of one district', `scorecard?year=2025&district=${seed.approvedDistrictId}`, null],
      ['campaign timeline of the province', `timeline?campaign=${seed.campaignId}`, null],
    ];
    const lines: string[] = [];
    for (const [measure, query, target] of measures) {
      const timing = await sequential(REQUESTS, get(query));
      const met = target === null ? '' : timing.p95 < target ? 'met' : '**not met**';
      lines.push(
        `| ${measure} | ${target === null ? '—' : `p95 < ${target} ms`} | ${ms(timing.p50)} / **${ms(timing.p95)}** / ${ms(timing.max)} | ${met} |`,
      );
    }
    const report = [
      `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ` +
        `load average (1 min) ${loadAtStart} at the start and ${loadAverage()} at the end. Seeded ${database}: ` +
        `10,001 orgs, ${(10_000 + history).toLocaleString('en')} reports in ${seedSeconds.toFixed(1)} s; ` +
        `${rows.toLocaleString('en')} summary rows written in ${metricsSeconds.toFixed(1)} s. ` +
        `${REQUESTS} sequential requests per line, as the province reviewer.`,
      '',
      '| measure | target | p50 / p95 / max | |',
      '|---|---|---|---|',
      ...lines,
    ].join('\n');
    console.log(report);
    writeIntoPerformanceDoc('analytics-bench', report);
  } finally {
    api?.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
