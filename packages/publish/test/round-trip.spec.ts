import { FORMAT_IDS, listCells } from '@nianbao/rules';
import { importPublishedReport } from '@nianbao/report-import';
import { createReportDocument, renderDocx, renderHtml } from '../src';
import { everyCellFilled, NARRATIVE_2021 } from './fixtures';

describe.each(FORMAT_IDS)(
  'a %s report rendered and read back by the published-report importer',
  (formatId) => {
    const report = everyCellFilled(formatId);
    const document = createReportDocument({
      report,
      narrative: formatId === 'legacy' ? undefined : NARRATIVE_2021,
    });

    it.each([
      ['docx', () => renderDocx(document)],
      ['html', () => new TextEncoder().encode(renderHtml(document))],
    ])('its .%s gives exactly the stored values, agency and year', async (extension, render) => {
      const back = await importPublishedReport({ fileName: `report.${extension}`, data: render() });
      expect(back.formatId).toBe(formatId);
      expect(back.agency).toBe(report.agency);
      expect(back.reportYear).toBe(report.reportYear);
      expect(back.unreadable).toEqual([]);
      for (const cell of listCells(formatId))
        expect([cell.code, back.values[cell.code]]).toEqual([cell.code, report.values[cell.code]]);
    });
  },
);

it('blank cells stay blank (not 0) through Word and HTML', async () => {
  const report = { ...everyCellFilled('2021'), values: { 'T21.B.A1.TOT': 7 } };
  const document = createReportDocument({ report });
  for (const [fileName, data] of [
    ['r.docx', renderDocx(document)],
    ['r.html', new TextEncoder().encode(renderHtml(document))],
  ] as const) {
    const back = await importPublishedReport({ fileName, data });
    expect(back.values['T21.B.A1.TOT']).toBe(7);
    expect(back.values['T21.B.A1.NP']).toBeNull();
  }
});
