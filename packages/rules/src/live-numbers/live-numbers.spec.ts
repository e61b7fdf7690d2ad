import { consistentApplications, reportOf } from '../../test/report-builders';
import { checkNarrative } from '../narrative/check-narrative';
import { bindNumber } from './bind-number';
import { generateDraft } from './draft/generate-draft';
import { findTypedMismatches } from './find-typed-mismatches';
import type { LiveRun } from './live-number';
import { offerReferences } from './offer-references';
import { LiveNumberError, readLiveNumber } from './read-live-number';
import { resolveLiveNumber, resolveRuns } from './resolve-live-number';

const report2021 = reportOf(
  '2021',
  {
    'T21.B.A1.TOT': 120,
    'T21.B.A2.TOT': 6,
    'T21.B.R1.TOT': 80,
    'T21.B.R2.TOT': 10,
    'T21.B.R3_1.TOT': 3,
    'T21.B.R3_4.TOT': 2,
    'T21.B.R7.TOT': 120,
    'T21.B.A4.TOT': 6,
    'T21.A.20_8.SF.AMT': 253.2358,
    'T21.C.FY.TOT': 4,
    'T21.C.FY.KEEP': 3,
    'T21.C.FY.PEND': 1,
  },
  { agency: '示范市东区人民政府办公室', reportYear: 2023 },
);
const lastYear = reportOf('2021', { 'T21.B.A1.TOT': 100 }, { reportYear: 2022 });

const printed = (runs: LiveRun[], report = report2021) =>
  resolveRuns(runs, { report, previous: lastYear }).text;

describe('a live number prints the tables', () => {
  it('prints a cell with its unit, a sum of cells, and an amount in 万元', () => {
    const context = { report: report2021 };
    expect(resolveLiveNumber({ kind: 'cells', cells: ['T21.B.A1.TOT'] }, context).text).toBe('120件');
    expect(resolveLiveNumber({ kind: 'figure', figure: 'WITHHELD' }, context).text).toBe('5件');
    expect(resolveLiveNumber({ kind: 'cells', cells: ['T21.A.20_8.SF.AMT'] }, context).text).toBe(
      '253.2358万元',
    );
  });

  it('prints 予以公开率 and 同比增减 against last year’s report of the same org', () => {
    const context = { report: report2021, previous: lastYear };
    expect(resolveLiveNumber({ kind: 'figure', figure: 'DISCLOSED-RATE' }, context).text).toBe('66.7%');
    expect(resolveLiveNumber({ kind: 'figure', figure: 'RECEIVED', compare: 'change' }, context).text).toBe(
      '增加20件',
    );
    expect(
      resolveLiveNumber({ kind: 'figure', figure: 'RECEIVED', compare: 'changePercent' }, context).text,
    ).toBe('增长20.0%');
  });

  it('says so instead of inventing a comparison when there is no report of last year', () => {
    const resolved = resolveLiveNumber(
      { kind: 'figure', figure: 'RECEIVED', compare: 'change' },
      { report: report2021 },
    );
    expect(resolved).toMatchObject({ text: '（无上年可比数据）', value: null });
  });

  it('names its source for the hover', () => {
    const { source } = resolveLiveNumber({ kind: 'cells', cells: ['T21.B.A1.TOT'] }, { report: report2021 });
    expect(source).toContain('一、本年新收政府信息公开申请数量·总计');
  });
});

describe('a live number is checked against the report’s format', () => {
  it('refuses a cell the format does not have, naming it and the format', () => {
    expect(() => readLiveNumber({ kind: 'cells', cells: ['T19.B.A1.TOT'] }, '2021')).toThrow(
      new LiveNumberError(
        '引用的数字指向的单元格“T19.B.A1.TOT”在2021 格式（2021 年度起）的统计表中不存在，请重新选择',
      ),
    );
  });

  it('refuses a figure the format does not hold, an unknown figure and a malformed number', () => {
    expect(() => readLiveNumber({ kind: 'figure', figure: 'STAFF' }, '2021')).toThrow(/没有对应的单元格/);
    expect(() => readLiveNumber({ kind: 'figure', figure: 'NOPE' }, '2021')).toThrow(/不是可引用的统计数字/);
    expect(() => readLiveNumber('383', '2021')).toThrow(LiveNumberError);
    expect(() =>
      readLiveNumber({ kind: 'cells', cells: ['T21.B.A1.TOT', 'T21.A.20_8.SF.AMT'] }, '2021'),
    ).toThrow(/单位不同/);
  });

  it('accepts what the picker offers', () => {
    expect(readLiveNumber({ kind: 'figure', figure: 'RECEIVED', compare: 'change' }, '2021')).toEqual({
      kind: 'figure',
      figure: 'RECEIVED',
      compare: 'change',
    });
  });
});

describe('生成初稿', () => {
  it('drafts 主动公开, 依申请公开 and 复议诉讼 for 一、总体情况 with every number live', () => {
    const draft = generateDraft({ report: report2021, previous: lastYear });
    expect(draft.map(({ subsectionId, topic }) => [subsectionId, topic])).toEqual([
      ['overview-proactive', '主动公开'],
      ['overview-on-request', '依申请公开'],
      ['overview-on-request', '行政复议和行政诉讼'],
    ]);
    const onRequest = printed(draft[1].runs);
    expect(onRequest).toContain('共收到政府信息公开申请120件，同比增加20件，上年结转政府信息公开申请6件');
    expect(onRequest).toContain('予以公开80件，部分公开10件，不予公开5件');
    expect(onRequest).toContain('予以公开率为66.7%');
    const typed = draft
      .flatMap((paragraph) => paragraph.runs)
      .flatMap((run) => ('text' in run ? [run.text] : []));
    expect(typed.join('').replace(/2023年/g, '')).not.toMatch(/\d/);
  });

  it('changes its numbers when a table value changes', () => {
    const [, onRequest] = generateDraft({ report: report2021, previous: lastYear });
    const changed = { ...report2021, values: { ...report2021.values, 'T21.B.A1.TOT': 131 } };
    expect(printed(onRequest.runs, changed)).toContain('共收到政府信息公开申请131件，同比增加31件');
  });

  it.each(['legacy', '2019', '2021'] as const)(
    'a %s draft agrees with the audit’s narrative checks',
    (formatId) => {
      const report = reportOf(
        formatId,
        formatId === '2021' ? consistentApplications('T21', { NP: [20, 2, 10, 5, 5] }) : {},
        {
          agency: '示范市规划局',
          reportYear: 2022,
        },
      );
      for (const variant of [0, 1, 2]) {
        const text = generateDraft({ report }, { variant }).map(
          (paragraph) => resolveRuns(paragraph.runs, { report }).text,
        );
        expect(checkNarrative(text.join('\n'), report)).toEqual([]);
      }
    },
  );

  it('words the same facts differently by variant, and the same way every time', () => {
    const first = printed(generateDraft({ report: report2021 }, { variant: 0 })[1].runs);
    expect(printed(generateDraft({ report: report2021 }, { variant: 0 })[1].runs)).toBe(first);
    expect(printed(generateDraft({ report: report2021 }, { variant: 1 })[1].runs)).not.toBe(first);
  });
});

describe('typed numbers while typing', () => {
  const paragraph = '2023年共收到政府信息公开申请112件，其中予以公开80件，部分公开10件，占总数的12%。';

  it('underlines the typed number that contradicts a cell, with the cell and its value', () => {
    const [received, share] = findTypedMismatches(paragraph, { report: report2021 });
    expect(paragraph.slice(received.start, received.end)).toBe('112件');
    expect(received).toMatchObject({ cells: ['T21.B.A1.TOT'], expected: 120, severity: 'SOFT' });
    expect(paragraph.slice(share.start, share.end)).toBe('12%');
    expect(share.expected).toBe(8.3);
  });

  it('替换为引用 binds the number to the cell, after which nothing is flagged', () => {
    let runs: LiveRun[] = [{ text: paragraph }];
    for (;;) {
      const [mismatch] = findTypedMismatches(runs, { report: report2021 });
      if (!mismatch) break;
      runs = bindNumber(runs, mismatch, mismatch.replacement!, { report: report2021 });
    }
    expect(printed(runs)).toBe(
      '2023年共收到政府信息公开申请120件，其中予以公开80件，部分公开10件，占总数的8%。',
    );
  });

  it('never flags a live number, even one the words around it name differently', () => {
    const runs: LiveRun[] = [
      { text: '共收到政府信息公开申请' },
      { number: { kind: 'cells', cells: ['T21.B.R1.TOT'] } },
      { text: '。' },
    ];
    expect(findTypedMismatches(runs, { report: report2021 })).toEqual([]);
  });

  it('places the underline right when the paragraph has runs of spaces', () => {
    const spaced = '  2023年  共收到政府信息公开申请 112件。';
    const [mismatch] = findTypedMismatches(spaced, { report: report2021 });
    expect(spaced.slice(mismatch.start, mismatch.end)).toBe('112件');
  });
});

describe('Word import of last year’s narrative', () => {
  it('offers the numbers equal to last year’s cells as references to this year’s cells', () => {
    const text = '2022年共收到政府信息公开申请100件，另收到群众来信12件。';
    const [offer, ...others] = offerReferences(text, lastYear, '2021');
    expect(others).toEqual([]);
    expect(text.slice(offer.start, offer.end)).toBe('100件');
    expect(offer.number).toEqual({ kind: 'cells', cells: ['T21.B.A1.TOT'] });
  });
});
