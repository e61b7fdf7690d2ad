import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listCells, type ReportData } from '@nianbao/rules';
import { importPublishedReport } from '@nianbao/report-import';
import { unzipSync } from 'fflate';
import { createReportDocument, PdfRenderer, renderBundle, renderPdf } from '../src';
import { everyCellFilled, loadSeed, NARRATIVE_2021 } from './fixtures';

jest.setTimeout(60000);

/** Page images for a person to look at (docs/screenshots/publish-<name>-<page>.png). */
const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');

function savePageImages(pdf: Uint8Array, name: string): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  writeFileSync(join(scratch, 'report.pdf'), pdf);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const old of readdirSync(SCREENSHOTS).filter((file) => file.startsWith(`publish-${name}-`))) {
    rmSync(join(SCREENSHOTS, old));
  }
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-gray',
    '-png',
    join(scratch, 'report.pdf'),
    join(SCREENSHOTS, `publish-${name}`),
  ]);
  const text = execFileSync('pdftotext', ['-layout', join(scratch, 'report.pdf'), '-'], { encoding: 'utf8' });
  rmSync(scratch, { recursive: true });
  return [text, ...readdirSync(SCREENSHOTS).filter((file) => file.startsWith(`publish-${name}-`))];
}

describe('PDF printed by Chromium', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await PdfRenderer.launch();
  });
  afterAll(() => renderer?.close());

  const cases: [string, () => Promise<{ report: ReportData; narrative?: unknown }>, string[]][] = [
    [
      'legacy',
      async () => {
        const seed = await loadSeed('000');
        return { report: seed, narrative: seed.narrative };
      },
      ['政府信息公开情况统计表', '统计指标', '（一）收到申请数'],
    ],
    [
      '2019',
      async () => {
        const seed = await loadSeed('004');
        return { report: seed, narrative: seed.narrative };
      },
      ['第二十条第（九）项', '申请人情况', '复议后起诉'],
    ],
    [
      '2021',
      async () => ({ report: everyCellFilled('2021'), narrative: NARRATIVE_2021 }),
      ['本年制发件数', '（七）总计', '未经复议直接起诉'],
    ],
  ];

  it.each(cases)(
    'a %s report is an A4 PDF whose tables read back exactly and whose pages show the tables',
    async (name, load, labels) => {
      const { report, narrative } = await load();
      const pdf = await renderPdf(createReportDocument({ report, narrative }), renderer);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const back = await importPublishedReport({ fileName: 'report.pdf', data: pdf });
      for (const cell of listCells(report.formatId)) {
        expect([cell.code, back.values[cell.code]]).toEqual([cell.code, report.values[cell.code] ?? null]);
      }
      const [text, ...images] = savePageImages(pdf, name);
      for (const label of labels) expect(text).toContain(label);
      expect(text).toMatch(/—\s*1\s*—/); // the page number under the text
      expect(images.length).toBeGreaterThan(0);
    },
  );

  it('is A4, tagged for screen readers, with the Chinese font embedded', async () => {
    const pdf = await renderPdf(createReportDocument({ report: everyCellFilled('2021') }), renderer);
    const scratch = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
    writeFileSync(join(scratch, 'r.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(scratch, 'r.pdf')], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [join(scratch, 'r.pdf')], { encoding: 'utf8' });
    rmSync(scratch, { recursive: true });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(fonts).toMatch(/WenQuanYi|FangSong|SimSun|Hei/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((line) => /\byes\b/.test(line)),
    ).toBe(true);
  });

  it('prints a district zip on a page pool: every PDF in its folder reads back to its own report', async () => {
    const reports = ['甲街道办事处', '乙镇人民政府', '丙镇人民政府'].map((agency, index) => ({
      ...everyCellFilled('2021'),
      agency,
      values: { ...everyCellFilled('2021').values, 'T21.B.A1.TOT': index + 100 },
    }));
    const pool = await PdfRenderer.launch({ pages: 2 });
    try {
      const zip = unzipSync(
        await renderBundle(
          reports.map((report) => createReportDocument({ report })),
          { formats: ['pdf'], pdf: pool },
        ),
      );
      const pdfs = Object.values(zip);
      expect(pdfs).toHaveLength(3);
      for (const [index, pdf] of pdfs.entries()) {
        const back = await importPublishedReport({ fileName: 'r.pdf', data: pdf });
        expect([back.agency, back.values['T21.B.A1.TOT']]).toEqual([reports[index].agency, index + 100]);
      }
    } finally {
      await pool.close();
    }
  });
});
