#!/usr/bin/env node
// Benchmark of `nianbao audit` (issue 9): a 10-page text PDF imported and audited (< 300 ms median), and a folder
// of 500 mixed reports audited into the workbook (< 60 s, < 500 MB) on the 2-core machine.
// Usage: build first (pnpm --filter "@nianbao/cli..." build), then node apps/cli/bench/audit-bench.mjs
// It writes the figures into docs/performance.md, section "Audit".
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { writePerformanceSection } from './performance-doc.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const { importPublishedReport } = require(join(root, 'packages/report-import/dist/index.js'));
const { validateReport, checkNarrative, checkStructure } = require(
  join(root, 'packages/rules/dist/index.js'),
);
const { runAudit } = require(join(here, '../dist/audit/run-audit.js'));
const { writeAuditWorkbook } = require(join(here, '../dist/audit/audit-workbook.js'));

const fixtures = join(root, 'packages/report-import/test/fixtures');
const seedsDir = resolve(root, '../shared/fixtures/seeds');
const tenPages = {
  fileName: 'township-2021-ten-pages.pdf',
  data: new Uint8Array(readFileSync(join(fixtures, 'pdf/township-2021-ten-pages.pdf'))),
};

async function auditOne(file) {
  const report = await importPublishedReport(file);
  return [
    ...validateReport(report),
    ...checkNarrative(report.narrative, report),
    ...checkStructure(report.narrative, report),
  ];
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => value.toFixed(0);

// 1. One 10-page PDF, after warm-up (the first PDF of a run also starts pdf.js's worker thread: measured apart).
const coldStarted = performance.now();
await auditOne(tenPages);
const coldMs = performance.now() - coldStarted;
for (let i = 0; i < 5; i++) await auditOne(tenPages);
const pdfTimes = [];
const pdfCpuTimes = [];
// CPU time (both threads) is the work done, whatever else the machine is busy with; wall time is what a user waits.
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
for (let i = 0; i < 30; i++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await auditOne(tenPages);
  pdfCpuTimes.push(cpuMs(process.cpuUsage(cpuStarted)));
  pdfTimes.push(performance.now() - started);
}

// 2. A folder of 500 mixed files: seeds (.txt), web pages, Word, PDFs, and unreadable or unrelated files.
const sources = [
  ...[
    '000_b55ee0d3163912f6',
    '001_ea52101856a8af1f',
    '002_7c30735b49d55434',
    '003_d700c24dbd5bf299',
    '004_ecd5872fd256d62d',
  ].map((name) => join(seedsDir, `${name}.txt`)),
  join(fixtures, 'street-office-2023-tables.gbk.html'),
  join(fixtures, 'township-2022-one-cell-per-line.html'),
  join(fixtures, 'filled-2021.docx'),
  join(fixtures, 'pdf/township-2021-two-pages.pdf'),
  join(fixtures, 'pdf/township-2021-ten-pages.pdf'),
  join(fixtures, 'pdf/filled-2021.libreoffice.pdf'),
  join(fixtures, 'pdf/scanned.pdf'),
  join(fixtures, 'pdf/encrypted.pdf'),
  join(seedsDir, 'README.md'),
];
const folder = mkdtempSync(join(tmpdir(), 'nianbao-audit-bench-'));
const files = [];
for (let i = 0; i < 500; i++) {
  const source = sources[i % sources.length];
  const extension = source.slice(source.lastIndexOf('.'));
  const target = join(folder, `${String(i).padStart(3, '0')}${extension}`);
  copyFileSync(source, target);
  files.push(target);
}
const kinds = files.reduce((counts, file) => {
  const extension = file.slice(file.lastIndexOf('.') + 1);
  counts[extension] = (counts[extension] ?? 0) + 1;
  return counts;
}, {});
const batchStarted = performance.now();
const batchCpuStarted = process.cpuUsage();
const result = await runAudit(files, { level: null });
await writeAuditWorkbook(result, join(folder, '体检.xlsx'));
const batchSeconds = (performance.now() - batchStarted) / 1000;
const batchCpuSeconds = cpuMs(process.cpuUsage(batchCpuStarted)) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
rmSync(folder, { recursive: true, force: true });

const load = loadavg()[0].toFixed(1);
const section = [
  '## Audit',
  '',
  `Measured by \`node apps/cli/bench/audit-bench.mjs\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${load} when it ended (other work on the machine inflates the figures).`,
  'A PDF is parsed by pdf.js in one worker thread shared by the whole batch; the first PDF of a run also starts that',
  'worker and warms pdf.js up. “Audited” = imported, every table rule, narrative-versus-table and section checks.',
  '',
  '| measure | target | result |',
  '|---|---|---|',
  `| 10-page text PDF imported and audited, median of 30 after 5 warm-up runs | < 300 ms | ${ms(median(pdfTimes))} ms (min ${ms(Math.min(...pdfTimes))}, max ${ms(Math.max(...pdfTimes))}) |`,
  `| the same, CPU time (main + worker threads), median | — | ${ms(median(pdfCpuTimes))} ms |`,
  `| the same, first PDF of a run (worker start + pdf.js warm-up) | — | ${ms(coldMs)} ms |`,
  `| folder of 500 mixed files audited, workbook written | < 60 s | ${batchSeconds.toFixed(1)} s (${result.reports.length} reports, ${result.failures.length} unreadable files) |`,
  `| CPU time of that run (all threads; two files and two PDF workers at a time) | — | ${batchCpuSeconds.toFixed(1)} s |`,
  `| peak memory of that run (process incl. the PDF worker, max RSS) | < 500 MB | ${peakMb.toFixed(0)} MB |`,
  '',
  `The 500 files: ${Object.entries(kinds)
    .map(([extension, count]) => `${count} .${extension}`)
    .join(
      ', ',
    )} — copies of the seeds, the importer's HTML/Word fixtures and the PDF fixtures (text PDFs, a scanned and an encrypted one, unrelated files).`,
  '',
].join('\n');

console.log(section);
writePerformanceSection(root, '## Audit', section);
