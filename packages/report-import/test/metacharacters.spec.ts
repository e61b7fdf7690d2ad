import { strToU8, zipSync } from 'fflate';
import { importPublishedReport } from '../src';

/** Every character a regular expression gives meaning to, and the full-width punctuation real names carry. */
const METACHARACTERS = [...'.*+?^${}()|[]\\/-', ...'（）【】〔〕《》「」，。、；：！？＋＊'];
const HAN = [...'甲乙丙丁东西南北城乡区县镇街道局委办'];

/** A small deterministic generator, so a failing name can be reproduced from the seed in the message. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomName(random: () => number): string {
  const pick = (pool: string[]) => pool[Math.floor(random() * pool.length)];
  const length = 3 + Math.floor(random() * 10);
  return Array.from({ length }, () => (random() < 0.35 ? pick(METACHARACTERS) : pick(HAN))).join('');
}

const ZEROS = ['0', '0', '0', '0', '0', '0', '0'];

/** A 2021-format report whose title, signature and a stray label carry the generated names. */
function reportRows(agency: string, strayLabel: string): { lines: string[]; rows: string[][] } {
  const lines = [
    `${agency}2023年政府信息公开工作年度报告`,
    `本报告由${agency}编制。区${agency}局负责解释。`,
    '二、主动公开政府信息情况',
  ];
  const rows = [
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '0', '0', '0'],
    ['行政规范性文件', '1', '0', '3'],
    [strayLabel, '5'],
    ['行政许可', '2'],
    ['行政处罚', '0'],
    ['行政强制', '0'],
    ['行政事业性收费', '0'],
    ['一、本年新收政府信息公开申请数量', ...ZEROS],
    ['二、上年结转政府信息公开申请数量', ...ZEROS],
    ['（一）予以公开', ...ZEROS],
    ['（七）总计', ...ZEROS],
    ['四、结转下年度继续办理', ...ZEROS],
  ];
  return { lines: [...lines], rows };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asTxt(agency: string, stray: string): Uint8Array {
  const { lines, rows } = reportRows(agency, stray);
  return strToU8([...lines, ...rows.map((row) => row.join('\t')), agency, '2024年1月20日'].join('\n'));
}

function asHtml(agency: string, stray: string): Uint8Array {
  const { lines, rows } = reportRows(agency, stray);
  const table = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeXml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return strToU8(
    `<html><head><title>${escapeXml(lines[0])}</title></head><body>${lines.map((line) => `<p>${escapeXml(line)}</p>`).join('')}<table>${table}</table><p>${escapeXml(agency)}</p></body></html>`,
  );
}

function asDocx(agency: string, stray: string): Uint8Array {
  const { lines, rows } = reportRows(agency, stray);
  const paragraph = (text: string) =>
    `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const table = `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map(paragraph).join('')}${table}${paragraph(agency)}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(document),
  });
}

describe('names and labels full of RegExp metacharacters and full-width punctuation', () => {
  const READERS: [string, (agency: string, stray: string) => Uint8Array][] = [
    ['report.txt', asTxt],
    ['report.html', asHtml],
    ['report.docx', asDocx],
  ];

  it.each(READERS)('reads %s for 200 generated agency names without an error', async (fileName, render) => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = generator(seed);
      const agency = `${randomName(random)}人民政府`;
      const stray = randomName(random);
      const report = await importPublishedReport({ fileName, data: render(agency, stray) }).catch(
        (error: Error) => {
          throw new Error(`seed ${seed}, agency “${agency}”, label “${stray}”: ${error.message}`);
        },
      );
      expect(report.formatId).toBe('2021');
      expect(report.values['T21.A.20_5.XK.DEC']).toBe(2);
    }
  });
});
