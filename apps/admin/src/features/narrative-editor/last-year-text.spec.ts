import { createReportDocument } from '@nianbao/publish';
import type { ReportData } from '@nianbao/rules';
import { resolveRuns } from '@nianbao/rules';
import type { Narrative } from './narrative-model';
import { readPastedText, runsOf } from './last-year-text';

const report: ReportData = {
  formatId: '2021',
  reportYear: 2025,
  agency: '东城街道办事处',
  values: { 'T21.B.A1.TOT': 131 },
};
const lastYear: ReportData = { ...report, reportYear: 2024, values: { 'T21.B.A1.TOT': 118 } };

function emptyNarrative(): Narrative {
  const strip = (
    section: ReturnType<typeof createReportDocument>['sections'][number],
  ): Narrative['sections'][number] => ({
    id: section.id,
    title: section.title,
    blocks: [],
    subsections: section.subsections.map(strip),
  });
  return { preamble: [], sections: createReportDocument({ report }).sections.map(strip) };
}

// As Word puts it on the clipboard: headings and paragraphs on their own lines, full-width spaces, blank lines.
const PASTED = [
  '东城街道办事处2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（二）依申请公开',
  '　　2024年，本街道共收到政府信息公开申请118件，均在法定期限内答复。',
  '',
  '五、存在的主要问题及改进情况',
  '一是公开内容还不够全面。',
].join('\r\n');

describe('last year’s report pasted from Word', () => {
  const narrative = emptyNarrative();
  const paragraphs = readPastedText(PASTED, narrative, lastYear, '2021');

  it('puts each paragraph in the section and sub-topic its heading names, leaving out the title above 一、', () => {
    const problems = narrative.sections.find((section) => section.title.startsWith('五、'))!;
    const applications = narrative.sections[0].subsections.find((sub) => sub.title.includes('依申请公开'))!;
    expect(paragraphs.map((p) => [p.text, p.sectionId, p.subsectionId])).toEqual([
      ['2024年，本街道共收到政府信息公开申请118件，均在法定期限内答复。', 'overview', applications.id],
      ['一是公开内容还不够全面。', problems.id, null],
    ]);
  });

  it('offers last year’s 118 as this year’s live number; declined, the text stays as typed', () => {
    const [applications] = paragraphs;
    expect(applications.offers.map((offer) => offer.stated)).toEqual(['118件']);
    const context = { report, previous: lastYear };
    expect(resolveRuns(runsOf(applications, true), context).text).toBe(
      '2024年，本街道共收到政府信息公开申请131件，均在法定期限内答复。',
    );
    expect(resolveRuns(runsOf(applications, false), context).text).toContain('申请118件');
  });
});
