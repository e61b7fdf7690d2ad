import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { createReportDocument } from '../document/create-report-document';
import { renderDocx } from './render-docx';
import { everyCellFilled, OFFICIAL_2021_TEMPLATE } from '../../test/fixtures';

interface WordCell {
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

/** Each table of a document.xml as rows of cells with their merges and text. */
function wordTables(documentXml: string): { widths: number[]; rows: WordCell[][] }[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([table]) => ({
    widths: [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1])),
    rows: [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([cell]) => {
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
        return {
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1),
          vMerge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : null,
          text: [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map((match) => match[1])
            .join('')
            .replace(/[\s\u3000]/g, ''),
        };
      }),
    ),
  }));
}

const documentXmlOf = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']);

describe('the Word tables of a 2021 report', () => {
  const template = wordTables(documentXmlOf(readFileSync(OFFICIAL_2021_TEMPLATE)));
  const ours = wordTables(
    documentXmlOf(renderDocx(createReportDocument({ report: everyCellFilled('2021') }))),
  );

  it('are the three tables of the official template', () => {
    expect(ours).toHaveLength(template.length);
    expect(template).toHaveLength(3);
  });

  it.each([
    ['主动公开 (A)', 0],
    ['依申请公开 (B)', 1],
    ['复议诉讼 (C)', 2],
  ])('%s has the template’s rows, merged cells and labels', (_name, index) => {
    const structure = (rows: WordCell[][], isOurs: boolean) =>
      rows.map((row) =>
        row.map((cell) => ({
          gridSpan: cell.gridSpan,
          vMerge: cell.vMerge,
          // The template's value cells are empty; ours hold numbers.
          text: isOurs && /^-?[\d.]+$/.test(cell.text) ? '' : cell.text,
        })),
      );
    expect(structure(ours[index].rows, true)).toEqual(structure(template[index].rows, false));
  });

  it.each([0, 1, 2])('table %i has the template’s column widths (within 10 twips)', (index) => {
    expect(ours[index].widths).toHaveLength(template[index].widths.length);
    ours[index].widths.forEach((width, column) =>
      expect(Math.abs(width - template[index].widths[column])).toBeLessThanOrEqual(10),
    );
  });
});

describe('the Word document text', () => {
  it('uses 仿宋 for the text, 黑体 for section headings and 宋体 in tables, on A4', () => {
    const document = createReportDocument({
      report: everyCellFilled('2021'),
      narrative: { sections: [{ id: 'other', text: '本年度未收取信息处理费。' }] },
    });
    const xml = documentXmlOf(renderDocx(document));
    const runFont = (text: string) =>
      new RegExp(`<w:r><w:rPr><w:rFonts [^>]*w:eastAsia="([^"]+)"[^>]*/>(?:(?!</w:r>).)*>${text}</w:t>`).exec(
        xml,
      )?.[1];
    expect(runFont('本年度未收取信息处理费。')).toBe('仿宋');
    expect(runFont('六、其他需要报告的事项')).toBe('黑体');
    expect(runFont('申请人情况')).toBe('宋体');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });
});
