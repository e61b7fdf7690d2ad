/**
 * Builds test/fixtures/filled-2021.docx: the official blank 2021 Word template (../shared/fixtures) with its three
 * tables filled in the way agencies fill them — including full-width digits, a thousands separator, “/” and “—”.
 * Run with `pnpm --filter @nianbao/report-import fixtures:docx`; the result is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const TEMPLATE = path.resolve(__dirname, '../../../../shared/fixtures/official-2021-template.docx');
const OUTPUT = path.resolve(__dirname, '../test/fixtures/filled-2021.docx');

const TITLE = '示例县市场监督管理局2022年政府信息公开工作年度报告';

/** Table A in reading order: 规章 ×3, 行政规范性文件 ×3, 行政许可, 行政处罚, 行政强制, 行政事业性收费. */
const TABLE_A = ['0', '0', '0', '5', '1', '25', '1,472', '36', '2', '3.5'];

/** Table B, one line per printed row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const TABLE_B = [
  ['５８', '7', '0', '0', '1', '0', '66'], // 一、本年新收
  ['2', '0', '0', '0', '0', '0', '2'], // 二、上年结转
  ['20', '3', '0', '0', '1', '0', '24'], // （一）予以公开
  ['16', '1', '0', '0', '0', '0', '17'], // （二）部分公开
  ['0', '0', '0', '0', '0', '0', '0'], // （三）1
  ['0', '0', '0', '0', '0', '0', '0'], // （三）2
  ['0', '0', '0', '0', '0', '0', '0'], // （三）3
  ['1', '0', '0', '0', '0', '0', '1'], // （三）4
  ['1', '0', '0', '0', '0', '0', '1'], // （三）5
  ['0', '0', '—', '0', '0', '0', '0'], // （三）6
  ['0', '0', '0', '0', '0', '0', '0'], // （三）7
  ['0', '0', '0', '0', '0', '0', '0'], // （三）8
  ['10', '2', '0', '0', '0', '0', '12'], // （四）1
  ['0', '0', '0', '0', '0', '0', '0'], // （四）2
  ['2', '0', '0', '0', '0', '0', '2'], // （四）3
  ['1', '0', '0', '0', '0', '0', '1'], // （五）1
  ['3', '0', '0', '0', '0', '0', '3'], // （五）2
  ['0', '0', '0', '0', '0', '0', '0'], // （五）3
  ['/', '/', '/', '/', '/', '/', '/'], // （五）4
  ['0', '0', '0', '0', '0', '0', '0'], // （五）5
  ['1', '0', '0', '0', '0', '0', '1'], // （六）1
  ['0', '0', '0', '0', '0', '0', '0'], // （六）2
  ['2', '1', '0', '0', '0', '0', '3'], // （六）3
  ['57', '7', '0', '0', '1', '0', '65'], // （七）总计
  ['3', '0', '0', '0', '0', '0', '3'], // 四、结转下年度
].flat();

/** Table C: 行政复议, 未经复议直接起诉, 复议后起诉 — 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 each. */
const TABLE_C = ['1', '0', '0', '0', '1', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellText = (cellXml: string) =>
  [...cellXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const isMergedContinuation = (cellXml: string) => /<w:vMerge(?:\s+w:val="continue")?\s*\/>/.test(cellXml);

/** Writes `value` into the cell's first paragraph, replacing the placeholder spaces. */
function fillCell(cellXml: string, value: string): string {
  const run = `<w:r><w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
  return cellXml.replace(
    /<w:p(\s[^>]*)?\/>|<w:p(\s[^>]*)?>([\s\S]*?)<\/w:p>/,
    (_paragraph, _empty, attributes = '', body = '') => {
      const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(body)?.[0] ?? '';
      return `<w:p${attributes}>${properties}${run}</w:p>`;
    },
  );
}

function fillTable(tableXml: string, values: string[]): string {
  const queue = [...values];
  const filled = tableXml.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cellXml) => {
    if (isMergedContinuation(cellXml) || cellText(cellXml).replace(/[\s\u3000]/g, '') !== '') return cellXml;
    const value = queue.shift();
    if (value === undefined) throw new Error('The template has more empty cells than values were given');
    return fillCell(cellXml, value);
  });
  if (queue.length > 0) throw new Error(`${queue.length} values left over: the template changed`);
  return filled;
}

const files = unzipSync(readFileSync(TEMPLATE));
let tableNumber = 0;
const tables = [TABLE_A, TABLE_B, TABLE_C];
const document = strFromU8(files['word/document.xml'])
  .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tableXml) => fillTable(tableXml, tables[tableNumber++]))
  .replace('政府信息公开工作年度报告格式模板', TITLE)
  .replace('（文字描述）', '本年度，我局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。');
files['word/document.xml'] = strToU8(document);
writeFileSync(OUTPUT, zipSync(files, { level: 6, mtime: new Date('2023-01-20T00:00:00Z') }));
console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}`);
