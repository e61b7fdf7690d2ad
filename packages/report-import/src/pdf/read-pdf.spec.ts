import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { checkNarrative } from '@nianbao/rules';
import { importPublishedReport } from '../import-published-report';
import { ReportImportError, ReportImportErrorCode } from '../report-import.error';

const FIXTURES = join(__dirname, '../../test/fixtures');
const file = (name: string) => ({ fileName: name, data: new Uint8Array(readFileSync(join(FIXTURES, name))) });

/** A PDF of `pages` pages of Latin text, made with pdfkit's built-in font (no CJK font needed). */
function latinPdf(pages: number): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const document = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    for (let page = 0; page < pages; page++) {
      if (page) document.addPage();
      document.text(`Page ${page + 1}: minutes of a meeting, not an annual report.`);
    }
    document.end();
  });
}

async function importError(promise: Promise<unknown>): Promise<ReportImportError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReportImportError);
  return error as ReportImportError;
}

describe('importing text PDFs', () => {
  it('reads a Word report exported to PDF by LibreOffice cell for cell, like the .docx itself', async () => {
    const fromDocx = await importPublishedReport(file('filled-2021.docx'));
    const fromPdf = await importPublishedReport(file('pdf/filled-2021.libreoffice.pdf'));
    expect(fromPdf).toMatchObject({ formatId: '2021', reportYear: 2022, source: 'pdf' });
    expect(fromPdf.values).toEqual(fromDocx.values);
    expect(fromPdf.unreadable).toEqual(fromDocx.unreadable);
  });

  it('rebuilds a table split over two pages, with wrapped labels and a group label written one character per line', async () => {
    const report = await importPublishedReport(file('pdf/township-2021-two-pages.pdf'));
    expect(report).toMatchObject({
      formatId: '2021',
      reportYear: 2023,
      agency: '示例镇人民政府',
      unreadable: [],
    });
    expect(report.values).toMatchObject({
      'T21.A.20_1.GF.MADE': 2,
      'T21.A.20_1.GF.VALID': 6,
      'T21.A.20_5.XK.DEC': 12,
      'T21.B.A1.NP': 8,
      'T21.B.A1.LP_COM': 1,
      'T21.B.A1.TOT': 9,
      'T21.B.R2.TOT': 2, // label wrapped over two lines
      'T21.B.R4_1.TOT': 3, // first row of page 2, after the repeated header
      'T21.B.R6_3.TOT': 0,
      'T21.B.R7.TOT': 10,
      'T21.B.A4.TOT': 0,
      'T21.C.FY.TOT': 0,
      'T21.C.SS_FY.TOT': 0,
    });
  });

  it('keeps sentences broken by the page width whole, so the narrative can be checked against the tables', async () => {
    const report = await importPublishedReport(file('pdf/township-2021-two-pages.pdf'));
    expect(report.narrative).toContain('全年共收到政府信息公开申请9件，上年结转1件');
    expect(report.narrative.split('\n')).toContain('六、其他需要报告的事项');
    const findings = checkNarrative(report.narrative, report);
    expect(findings.map(({ ruleId, expected, actual }) => ({ ruleId, expected, actual }))).toEqual([
      { ruleId: 'NARRATIVE-OUTCOMES', expected: 2, actual: 3 },
    ]);
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a scanned PDF (no text layer) with a clear message instead of guessing', async () => {
    const error = await importError(importPublishedReport(file('pdf/scanned.pdf')));
    expect(error.code).toBe(ReportImportErrorCode.ScannedPdf);
    expect(error.message).toContain('扫描件');
  });

  it('refuses an encrypted PDF, saying a password is needed', async () => {
    const error = await importError(importPublishedReport(file('pdf/encrypted.pdf')));
    expect(error.code).toBe(ReportImportErrorCode.EncryptedPdf);
    expect(error.message).toContain('加密');
  });

  it('refuses a file that only claims to be a PDF', async () => {
    const data = new TextEncoder().encode('%PDF-1.7\n这不是 PDF，只是改了扩展名的文本。');
    const error = await importError(importPublishedReport({ fileName: 'report.pdf', data }));
    expect(error.code).toBe(ReportImportErrorCode.CorruptPdf);
  });

  it('refuses a PDF of hundreds of pages before reading them', async () => {
    const error = await importError(
      importPublishedReport({ fileName: 'book.pdf', data: await latinPdf(301) }),
    );
    expect(error.code).toBe(ReportImportErrorCode.TooManyPages);
    expect(error.message).toContain('301');
  });

  it('says a text PDF without the statistics tables has none', async () => {
    const error = await importError(
      importPublishedReport({ fileName: 'minutes.pdf', data: await latinPdf(2) }),
    );
    expect(error.code).toBe(ReportImportErrorCode.NoStatisticsTables);
  });
});
