import { importPublishedReport, ReportImportError, ReportImportErrorCode } from '../src';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function importError(fileName: string, data: Uint8Array): Promise<ReportImportError> {
  const error = await importPublishedReport({ fileName, data }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReportImportError);
  const importError = error as ReportImportError;
  expect(importError.message).toMatch(/[\u4e00-\u9fff]/);
  return importError;
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 42;
  for (let index = 0; index < length; index++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[index] = seed >> 16;
  }
  return bytes;
}

describe('bad input is refused with a clear Chinese message', () => {
  it('refuses binary junk saved as .txt or .html', async () => {
    expect((await importError('report.txt', randomBytes(4096))).code).toBe(
      ReportImportErrorCode.BinaryContent,
    );
    expect((await importError('report.html', randomBytes(4096))).code).toBe(
      ReportImportErrorCode.BinaryContent,
    );
  });

  it('refuses an empty file and a file of nothing but spaces', async () => {
    expect((await importError('report.txt', new Uint8Array(0))).code).toBe(ReportImportErrorCode.EmptyFile);
    expect((await importError('report.txt', utf8(' \n\u3000\n\n'))).code).toBe(
      ReportImportErrorCode.EmptyFile,
    );
    expect((await importError('report.docx', new Uint8Array(0))).code).toBe(ReportImportErrorCode.EmptyFile);
  });

  it('refuses a report without statistics tables, hinting that they may be images', async () => {
    const text = '某某局2022年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息120条。\n';
    const error = await importError('report.txt', utf8(text));
    expect(error.code).toBe(ReportImportErrorCode.NoStatisticsTables);
    expect(error.message).toContain('图片');
  });

  it('says so when a .docx is really a web page, and suggests saving it as .html', async () => {
    const page =
      '<html><head><meta charset="utf-8"><title>年报</title></head><body><table></table></body></html>';
    const error = await importError('report.docx', utf8(page));
    expect(error.code).toBe(ReportImportErrorCode.DocxIsHtml);
    expect(error.message).toContain('.html');
  });

  it('recognises an old binary Word file and a damaged .docx', async () => {
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(512)]);
    expect((await importError('report.docx', oldWord)).code).toBe(ReportImportErrorCode.LegacyWordDocument);
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(512)]);
    expect((await importError('report.docx', damaged)).code).toBe(ReportImportErrorCode.CorruptDocx);
  });

  it('refuses a file over 50 MB before looking at its type or content', async () => {
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    const error = await importError('scan.pdf', huge);
    expect(error.code).toBe(ReportImportErrorCode.FileTooLarge);
    expect(error.message).toContain('50 MB');
  });

  it('refuses extensions it cannot read, with advice for .doc and .pdf', async () => {
    const doc = await importError('报告.doc', utf8('x'));
    expect(doc.code).toBe(ReportImportErrorCode.UnsupportedExtension);
    expect(doc.message).toContain('.docx');
    expect((await importError('报告.pdf', utf8('x'))).message).toContain('PDF');
    expect((await importError('报告', utf8('x'))).code).toBe(ReportImportErrorCode.UnsupportedExtension);
  });
});
