// Usage: pnpm --filter @nianbao/excel bench   (writes the figures into docs/performance.md, section "## Excel")
// Import + validate of a filled 2021 workbook is measured against a plain exceljs load of the same bytes, the two
// interleaved in one run so machine noise hits both alike.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { FORMAT_IDS, validateReport } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { createTemplate, importWorkbook } from '../src';
import { consistentValues } from '../src/test-support/consistent-values';
import { openTemplateForFilling } from '../src/test-support/fill-template';

const RUNS = 300;
const WARM_UP = 50;
const BATCH = 1000;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1];
const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)];
const ms = (value: number) => value.toFixed(2);

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** CPU time of the process (user + system) spent in `action`: what other jobs on a shared machine cannot inflate. */
async function cpuTimed(action: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function filledWorkbooks(formatId: FormatId, count: number): Promise<Uint8Array[]> {
  const fill = await openTemplateForFilling(await createTemplate(formatId));
  const samples = fc.sample(consistentValues(formatId), { numRuns: count, seed: 42 });
  return Promise.all(
    samples.map((values) => fill({ ...values, agency: '某某县人民政府办公室', reportYear: 2024 })),
  );
}

async function importAndValidate(data: Uint8Array): Promise<void> {
  const imported = await importWorkbook(data);
  validateReport({ formatId: imported.formatId, reportYear: imported.reportYear, values: imported.values });
}

async function plainLoad(data: Uint8Array): Promise<void> {
  await new Workbook().xlsx.load(
    Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer,
  );
}

async function main() {
  const workbooks = await filledWorkbooks('2021', 20);
  const [one] = workbooks;
  for (let i = 0; i < WARM_UP; i++) {
    await plainLoad(one);
    await importAndValidate(one);
  }
  const plain: number[] = [];
  const ours: number[] = [];
  const plainCpu: number[] = [];
  const oursCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push(await timed(() => plainLoad(one)));
    ours.push(await timed(() => importAndValidate(one)));
    plainCpu.push(await cpuTimed(() => plainLoad(one)));
    oursCpu.push(await cpuTimed(() => importAndValidate(one)));
  }
  const batchStart = performance.now();
  const batchCpuStart = process.cpuUsage();
  for (let i = 0; i < BATCH; i++) await importAndValidate(workbooks[i % workbooks.length]);
  const batchSeconds = (performance.now() - batchStart) / 1000;
  const batchCpu = process.cpuUsage(batchCpuStart);
  const batchCpuSeconds = (batchCpu.user + batchCpu.system) / 1e6;

  const templates: { formatId: FormatId; wall: number; cpu: number }[] = [];
  for (const formatId of FORMAT_IDS) {
    for (let i = 0; i < 10; i++) await createTemplate(formatId);
    const wall: number[] = [];
    const cpu: number[] = [];
    const generate = () => createTemplate(formatId, { agency: '某某局', reportYear: 2024 });
    for (let i = 0; i < 50; i++) {
      wall.push(await timed(generate));
      cpu.push(await cpuTimed(generate));
    }
    templates.push({ formatId, wall: median(wall), cpu: median(cpu) });
  }

  const ratio = median(ours) / median(plain);
  const section = [
    '## Excel',
    '',
    `Measured by \`pnpm --filter @nianbao/excel bench\` (packages/excel/bench/run-bench.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores,`,
    `load average ${loadavg()[0].toFixed(1)} at the end of the run (other jobs share the machine: CPU-time rows are the steadier figure).`,
    `The workbook is our 2021 template filled with a consistent report (${(one.length / 1024).toFixed(0)} KB); “import + validate” is`,
    '`importWorkbook` (zip guard, exceljs load, reading every cell) followed by `validateReport`. The plain exceljs load of the',
    'same bytes is measured in the same run, interleaved with it.',
    '',
    '| measure | target | result |',
    '|---|---|---|',
    `| import + validate one filled 2021 workbook, median of ${RUNS} (after ${WARM_UP} warm-up) | < 30 ms | ${ms(median(ours))} ms (p95 ${ms(p95(ours))} ms) |`,
    `| plain exceljs \`xlsx.load\` of the same file, same run | — | ${ms(median(plain))} ms (p95 ${ms(p95(plain))} ms) |`,
    `| ratio import + validate / plain load (wall) | ≤ 1.5 | ${ratio.toFixed(2)} |`,
    `| same, CPU time: import + validate / plain load | ≤ 1.5 | ${ms(median(oursCpu))} ms / ${ms(median(plainCpu))} ms = ${(median(oursCpu) / median(plainCpu)).toFixed(2)} |`,
    `| ${BATCH.toLocaleString('en')} workbooks imported and validated one after another (20 distinct files) | < 30 s | ${batchSeconds.toFixed(2)} s (CPU ${batchCpuSeconds.toFixed(2)} s) |`,
    ...templates.map(
      ({ formatId, wall, cpu }) =>
        `| template generation, ${formatId}, median of 50 | < 50 ms | ${ms(wall)} ms (CPU ${ms(cpu)} ms) |`,
    ),
    '',
    'Import costs about what a plain load does although it also checks the zip and validates: our own workbooks are',
    'recognised from `xl/workbook.xml` (read during the zip guard) and exceljs is told to skip the sheet parts the import',
    'never needs (data validations, views, print set-up, merges); a user-built workbook is loaded in full.',
    '',
  ].join('\n');
  console.log(section);

  const docPath = path.join(__dirname, '../../../docs/performance.md');
  const current = existsSync(docPath)
    ? readFileSync(docPath, 'utf8')
    : "# Performance\n\nFigures measured on this project's 2-core machine. Each section is written by its benchmark script.\n";
  const start = current.indexOf('## Excel\n');
  const after = start >= 0 ? current.indexOf('\n## ', start + 1) : -1;
  const next =
    start >= 0
      ? current.slice(0, start) + section + (after >= 0 ? `\n${current.slice(after + 1)}` : '')
      : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(docPath, next);
  console.log(`updated ${docPath}`);
}

void main();
