import { checkNarrative, generateDraft, type ReportData } from '@nianbao/rules';
import { importPublishedReport } from '@nianbao/report-import';
import { createReportDocument, PdfRenderer, PublishError, renderDocx, renderHtml, renderPdf } from '../src';
import { everyCellFilled } from './fixtures';

jest.setTimeout(60000);

const lastYear: ReportData = { ...everyCellFilled('2021'), reportYear: 2022 };
const thisYear = everyCellFilled('2021');

/** 生成初稿 inserted as it was proposed: each paragraph in its sub-topic of 一、总体情况. */
function draftedNarrative(report: ReportData) {
  const draft = generateDraft({ report, previous: lastYear });
  const topics = [...new Set(draft.map((paragraph) => paragraph.subsectionId!))];
  return {
    sections: [
      {
        id: 'overview',
        subsections: topics.map((id) => ({
          id,
          blocks: draft
            .filter((paragraph) => paragraph.subsectionId === id)
            .map((paragraph) => ({ type: 'paragraph', runs: paragraph.runs })),
        })),
      },
    ],
  };
}

describe('a drafted narrative after a table value changes', () => {
  // The narrative is stored once (as JSON, like the API does); only the table changes afterwards.
  const stored = JSON.parse(JSON.stringify(draftedNarrative(thisYear)));
  const changed: ReportData = { ...thisYear, values: { ...thisYear.values, 'T21.B.A1.TOT': 4321 } };
  const document = createReportDocument({ report: changed, narrative: stored, previous: lastYear });
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await PdfRenderer.launch();
  });
  afterAll(() => renderer?.close());

  it.each([
    ['docx', async () => renderDocx(document)],
    ['html', async () => new TextEncoder().encode(renderHtml(document))],
    ['pdf', async () => renderPdf(document, renderer)],
  ])(
    'its .%s prints the new value and reads back with nothing for the narrative checks',
    async (extension, render) => {
      const back = await importPublishedReport({ fileName: `report.${extension}`, data: await render() });
      const flat = back.narrative.replace(/\s+/g, '');
      const previousValue = lastYear.values['T21.B.A1.TOT']!;
      expect(flat).toContain(`共收到政府信息公开申请4321件，同比增加${4321 - previousValue}件`);
      expect(back.values['T21.B.A1.TOT']).toBe(4321);
      const findings = checkNarrative(back.narrative, {
        formatId: back.formatId,
        agency: back.agency,
        values: back.values,
      });
      expect(findings).toEqual([]);
    },
  );
});

describe('narrative paragraphs with and without live numbers', () => {
  it('keeps a paragraph without references exactly as written', () => {
    const narrative = {
      sections: [{ id: 'problems', blocks: [{ type: 'paragraph', text: '共收到申请7件。' }] }],
    };
    const problems = createReportDocument({ report: thisYear, narrative }).sections.find(
      (s) => s.id === 'problems',
    )!;
    expect(problems.blocks).toEqual([{ type: 'paragraph', text: '共收到申请7件。' }]);
  });

  it('refuses a reference to a cell the format does not have, saying where and which cell', () => {
    const narrative = {
      sections: [
        {
          id: 'problems',
          blocks: [
            { type: 'paragraph', runs: [{ text: '共' }, { number: { kind: 'cells', cells: ['L.L3_1'] } }] },
          ],
        },
      ],
    };
    expect(() => createReportDocument({ report: thisYear, narrative })).toThrow(PublishError);
    expect(() => createReportDocument({ report: thisYear, narrative })).toThrow(
      '正文（narrative）“五、存在的主要问题及改进情况”第 1 段：引用的数字指向的单元格“L.L3_1”在2021 格式（2021 年度起）的统计表中不存在，请重新选择',
    );
  });
});
