/**
 * Publishing benchmark: one report as .docx + .html, one PDF, and a district's 200 reports as one zip. Reports are
 * seed 004 (a real 2020 report with its long narrative), values varied per agency. Writes the `## Publishing`
 * section of docs/performance.md.
 * Run: pnpm --filter @nianbao/publish bench
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createReportDocument,
  type OutputFormat,
  PdfRenderer,
  renderDocx,
  renderHtml,
  renderPdf,
  renderReportsZip,
  type ReportDocument,
} from '../src';
import { loadSeed } from '../test/fixtures';

const PERFORMANCE_DOC = resolve(__dirname, '../../../docs/performance.md');
const DISTRICT_SIZE = 200;

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const loadNow = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

async function time<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

function districtOf(seed: ReportDocument['report'], narrative: string): ReportDocument[] {
  return Array.from({ length: DISTRICT_SIZE }, (_, index) =>
    createReportDocument({
      report: {
        ...seed,
        agency: `示例区第${index + 1}单位`,
        values: Object.fromEntries(
          Object.entries(seed.values).map(([code, value]) => [
            code,
            value === null ? null : value + (index % 7),
          ]),
        ),
      },
      narrative,
    }),
  );
}

/**
 * Wall time including the browser start for PDFs, the CPU time of the Node process, and the growth of the Node heap
 * while the zip streams out (its chunks are counted and dropped, as a job writing to a file would).
 */
async function zipTime(documents: ReportDocument[], formats: OutputFormat[]) {
  const cpuBefore = process.cpuUsage();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  let bytes = 0;
  const start = performance.now();
  const pdf = formats.includes('pdf') ? await PdfRenderer.launch() : undefined;
  for await (const chunk of renderReportsZip(documents, {
    formats,
    pdf,
    onProgress: () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
  })) {
    bytes += chunk.byteLength;
  }
  await pdf?.close();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const mb = (value: number) => value / 1024 / 1024;
  return {
    wall,
    cpu: (cpu.user + cpu.system) / 1000,
    megabytes: mb(bytes),
    heapMegabytes: mb(heapPeak - heapBefore),
  };
}

async function main() {
  const loadAtStart = loadNow();
  const seed = await loadSeed('004');
  const document = createReportDocument({ report: seed, narrative: seed.narrative });
  const both = () => [renderDocx(document), renderHtml(document)];

  const [firstMs] = await time(both);
  const warm: number[] = [];
  for (let run = 0; run < 50; run++) warm.push((await time(both))[0]);

  const [pdfColdMs] = await time(() => renderPdf(document));
  const renderer = await PdfRenderer.launch();
  const pdfWarm: number[] = [];
  for (let run = 0; run < 10; run++)
    pdfWarm.push((await time(() => renderer.render(renderHtml(document))))[0]);

  const pages = (
    Buffer.from(await renderer.render(renderHtml(document)))
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  await renderer.close();

  const district = districtOf(seed, seed.narrative);
  const office = await zipTime(district, ['docx', 'html']);
  const full = await zipTime(district, ['docx', 'html', 'pdf']);

  const rows = [
    ['one report as .docx + .html, first call of the process', '< 500 ms', ms(firstMs)],
    [
      'one report as .docx + .html, median of 50 (p95)',
      '< 500 ms',
      `${ms(percentile(warm, 0.5))} (${ms(percentile(warm, 0.95))})`,
    ],
    ['one report as PDF, starting Chromium', '< 5 s', ms(pdfColdMs)],
    [
      'one report as PDF, Chromium running, median of 10 (p95)',
      '< 5 s',
      `${ms(percentile(pdfWarm, 0.5))} (${ms(percentile(pdfWarm, 0.95))})`,
    ],
    [
      `${DISTRICT_SIZE} reports as one zip, .docx + .html`,
      '< 2 min',
      `${seconds(office.wall)} (CPU ${seconds(office.cpu)}, ${office.megabytes.toFixed(1)} MB, heap +${office.heapMegabytes.toFixed(0)} MB)`,
    ],
    [
      `${DISTRICT_SIZE} reports as one zip, .docx + .html + .pdf`,
      '< 2 min',
      `${seconds(full.wall)} (Node CPU ${seconds(full.cpu)}, ${full.megabytes.toFixed(1)} MB, heap +${full.heapMegabytes.toFixed(0)} MB)`,
    ],
  ];
  const section = [
    '## Publishing',
    '',
    `Measured by \`pnpm --filter @nianbao/publish bench\` (packages/publish/scripts/bench-publish.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average (1/5/15 min, as \`uptime\`) ${loadAtStart} at the start and ${loadNow()} at the end (other work on the machine inflates the figures).`,
    `The report is seed 004 (a real 2020 report, ${pages} A4 pages with its long narrative); the district is ${DISTRICT_SIZE} copies with`,
    'varied values and agency names, streamed by `renderReportsZip` (heap: growth of the Node heap while it streams).',
    `PDFs are printed by one headless Chromium (started inside the measured time), ${availableParallelism()} pages at a time (one per core),`,
    'while Node renders the Word and HTML files; Chromium does most of that work, so the Node CPU time is only part of the cost.',
    '',
    '| measure | target | result |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
  const start = doc.indexOf('## Publishing');
  const end = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${doc.trimEnd()}\n\n${section}`
      : `${doc.slice(0, start)}${section}${end < 0 ? '' : doc.slice(end)}`;
  writeFileSync(PERFORMANCE_DOC, updated.endsWith('\n') ? updated : `${updated}\n`);
  console.log(section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
