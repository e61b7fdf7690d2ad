import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPublishedReport } from '@nianbao/report-import';
import { type FormatId, listCells, type ReportData } from '@nianbao/rules';

export const SHARED_FIXTURES = resolve(__dirname, '../../../../shared/fixtures');
export const SEEDS_DIR = resolve(SHARED_FIXTURES, 'seeds');
export const OFFICIAL_2021_TEMPLATE = resolve(SHARED_FIXTURES, 'official-2021-template.docx');

export function seedFile(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return resolve(SEEDS_DIR, name);
}

/** A real published report as the platform holds it: its table values and its text (what `nianbao check` reads). */
export async function loadSeed(prefix: string) {
  const path = seedFile(prefix);
  return importPublishedReport({ fileName: path, data: readFileSync(path) });
}

/**
 * Every cell filled with a different value (negative where the format allows it, decimals in 万元 columns), so a
 * value printed in the wrong row or column cannot go unnoticed.
 */
export function everyCellFilled(formatId: FormatId): ReportData {
  const values: ReportData['values'] = {};
  listCells(formatId).forEach((cell, index) => {
    const number = index + 1;
    values[cell.code] =
      cell.kind === 'amount' ? number + 0.25 : cell.kind === 'signedCount' && index % 2 ? -number : number;
  });
  return {
    formatId,
    reportYear: formatId === 'legacy' ? 2018 : formatId === '2019' ? 2020 : 2023,
    agency: '示例市示例区统计局',
    values,
  };
}

export const NARRATIVE_2021 = {
  preamble: '本报告根据《中华人民共和国政府信息公开条例》编制。',
  sections: [
    {
      title: '一、总体情况',
      blocks: [{ type: 'paragraph', text: '2023年，我局认真贯彻落实政务公开工作要点。' }],
      subsections: [
        { title: '（一）主动公开', text: '全年在门户网站主动公开政府信息126条。' },
        {
          title: '（五）监督保障',
          blocks: [{ type: 'list', ordered: true, items: ['开展培训2次。', '接受社会评议。'] }],
        },
      ],
    },
    { id: 'problems', text: '一是公开内容不够全面。\n二是解读形式较为单一。' },
    { id: 'other', text: '本年度未收取信息处理费。' },
  ],
};
