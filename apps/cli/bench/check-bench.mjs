#!/usr/bin/env node
// Benchmark of `nianbao check`'s core: extract a published report and validate it.
// Targets (issue 2): one report < 20 ms median after warm-up; 1,000 reports < 10 s on the 2-core machine.
// Usage: pnpm bench (all benchmarks) or pnpm --filter @nianbao/cli bench (writes the figures into docs/performance.md, section "Published-report check")
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { writePerformanceSection } from './performance-doc.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const { importPublishedReport } = require(join(root, 'packages/report-import/dist/index.js'));
const { validateReport } = require(join(root, 'packages/rules/dist/index.js'));

const seedsDir = resolve(root, '../shared/fixtures/seeds');
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ fileName: name, data: new Uint8Array(readFileSync(join(seedsDir, name))) }));

async function checkOne(seed) {
  const report = await importPublishedReport(seed);
  return validateReport(report);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

for (let i = 0; i < 100; i++) await checkOne(seeds[i % seeds.length]);

const perReport = [];
for (let i = 0; i < 500; i++) {
  const started = performance.now();
  await checkOne(seeds[i % seeds.length]);
  perReport.push(performance.now() - started);
}
const perSeed = seeds.map((seed, index) => ({
  name: basename(seed.fileName),
  median: median(perReport.filter((_, i) => i % seeds.length === index)),
}));

const batchStarted = performance.now();
for (let i = 0; i < 1000; i++) await checkOne(seeds[i % seeds.length]);
const batchSeconds = (performance.now() - batchStarted) / 1000;

const ms = (value) => value.toFixed(2);
const section = [
  '## Published-report check (`nianbao check`)',
  '',
  `Measured by \`pnpm --filter @nianbao/cli bench\` (apps/cli/bench/check-bench.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
  'Each iteration extracts one seed report from its text (format detection, table matching, value parsing) and runs every rule.',
  '',
  '| measure | target | result |',
  '|---|---|---|',
  `| one report, median after 100 warm-up runs (500 runs) | < 20 ms | ${ms(median(perReport))} ms (p95 ${ms(percentile(perReport, 95))} ms) |`,
  `| 1,000 reports, one after another | < 10 s | ${batchSeconds.toFixed(2)} s |`,
  '',
  '| seed | median |',
  '|---|---|',
  ...perSeed.map((seed) => `| ${seed.name} | ${ms(seed.median)} ms |`),
  '',
].join('\n');

console.log(section);
writePerformanceSection(root, '## Published-report check (`nianbao check`)', section);
