import { listCells } from '@nianbao/rules';
import { importPublishedReport } from '@nianbao/report-import';
import { checkReportDocument, createReportDocument, renderDocx, renderHtml } from '../src';
import { loadSeed } from './fixtures';

const SEEDS = ['000', '001', '002', '003', '004'];

describe.each(SEEDS)('seed %s re-typed into the platform (values and narrative)', (prefix) => {
  it('renders Word and HTML documents whose tables match the seed cell for cell and keep its text', async () => {
    const seed = await loadSeed(prefix);
    const document = createReportDocument({ report: seed, narrative: seed.narrative });
    const html = renderHtml(document);
    for (const [fileName, data] of [
      ['seed.docx', renderDocx(document)],
      ['seed.html', new TextEncoder().encode(html)],
    ] as const) {
      const back = await importPublishedReport({ fileName, data });
      expect(back.formatId).toBe(seed.formatId);
      for (const cell of listCells(seed.formatId)) {
        expect([cell.code, back.values[cell.code]]).toEqual([cell.code, seed.values[cell.code]]);
      }
    }
    const lastParagraph = document.sections
      .filter((section) => section.blocks.length)
      .at(-1)
      ?.blocks.at(-1);
    expect(lastParagraph?.type).toBe('paragraph');
    expect(html).toContain(lastParagraph?.type === 'paragraph' ? lastParagraph.text : '—');
  });
});

describe('the live checks on the re-typed seeds', () => {
  const findingsOf = async (prefix: string) => {
    const seed = await loadSeed(prefix);
    return checkReportDocument(createReportDocument({ report: seed, narrative: seed.narrative }));
  };

  it('seed 000: “部分公开和不予公开的6件” against 4 + 6 in the table, “其他情况9件” against 5', async () => {
    const findings = (await findingsOf('000')).map(({ ruleId, actual, expected }) => ({
      ruleId,
      actual,
      expected,
    }));
    expect(findings).toEqual([
      { ruleId: 'NARRATIVE-OUTCOMES', actual: 6, expected: 10 },
      { ruleId: 'NARRATIVE-OUTCOMES', actual: 9, expected: 5 },
    ]);
  });

  it('seed 002: meetings held and full-time staff contradict the table', async () => {
    const rules = (await findingsOf('002')).map((finding) => finding.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['NARRATIVE-MEETINGS', 'NARRATIVE-STAFF']));
  });

  it('seed 003: “收到申请347件” against 383 newly received in table B', async () => {
    const findings = (await findingsOf('003')).map(({ ruleId, actual, expected }) => ({
      ruleId,
      actual,
      expected,
    }));
    expect(findings).toContainEqual({ ruleId: 'NARRATIVE-APPLICATIONS', actual: 347, expected: 383 });
  });

  it('seed 001: a consistent report has no narrative finding', async () => {
    expect(await findingsOf('001')).toEqual([]);
  });

  it('the 2019/2021 seeds keep the five sub-topics of 一、总体情况', async () => {
    const seed = await loadSeed('004');
    const [overview] = createReportDocument({ report: seed, narrative: seed.narrative }).sections;
    expect(overview.subsections.map((sub) => [sub.title, sub.blocks.length > 0])).toEqual([
      ['（一）主动公开', true],
      ['（二）依申请公开', true],
      ['（三）政府信息管理', true],
      ['（四）政府信息公开平台建设', true],
      ['（五）监督保障', true],
    ]);
  });
});
