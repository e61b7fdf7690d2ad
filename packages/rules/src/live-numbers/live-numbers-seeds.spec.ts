import { narrativeOf, seed000, seed002, seed003 } from '../../test/seed-reports';
import { checkNarrative } from '../narrative/check-narrative';
import type { ReportData } from '../report';
import { bindNumber } from './bind-number';
import { findTypedMismatches, type TypedNumberMismatch } from './find-typed-mismatches';
import type { LiveRun } from './live-number';
import { applyOffers, offerReferences } from './offer-references';
import { resolveRuns } from './resolve-live-number';

const SEEDS: [string, string, ReportData][] = [
  ['000', '000_b55ee0d3163912f6.txt', seed000],
  ['002', '002_7c30735b49d55434.txt', seed002],
  ['003', '003_d700c24dbd5bf299.txt', seed003],
];

/** A “none” statement the tables contradict (“目前没有政务公开专职人员，”) is rewritten around a live number. */
function rewrittenNone(mismatch: TypedNumberMismatch): LiveRun[] {
  return [{ text: '政务公开专职人员' }, { number: { kind: 'cells', cells: mismatch.cells } }, { text: '，' }];
}

/** What a clerk does in the editor: binds every number the tables hold, then follows every underline. */
function reenter(line: string, report: ReportData): LiveRun[] {
  let runs = applyOffers(line, offerReferences(line, report, report.formatId));
  for (;;) {
    const [mismatch] = findTypedMismatches(runs, { report }).filter((found) => found.severity === 'SOFT');
    if (!mismatch) return runs;
    if (mismatch.replacement) {
      runs = bindNumber(runs, mismatch, mismatch.replacement, { report });
      continue;
    }
    const { text } = resolveRuns(runs, { report });
    runs = [
      { text: text.slice(0, mismatch.start) },
      ...rewrittenNone(mismatch),
      { text: text.slice(mismatch.end) },
    ];
  }
}

describe.each(SEEDS)('seed %s in the narrative editor', (_, seed, report) => {
  const lines = narrativeOf(seed).split('\n');

  it('typed as published, the editor flags the same mismatches as `nianbao audit`', () => {
    const audit = checkNarrative(narrativeOf(seed), report).map(({ ruleId, cells, expected, message }) => ({
      ruleId,
      cells,
      expected,
      message,
    }));
    const editor = lines.flatMap((line) =>
      findTypedMismatches(line, { report }).map(({ ruleId, cells, expected, message }) => ({
        ruleId,
        cells,
        expected,
        message,
      })),
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(editor).toEqual(audit);
  });

  it('re-entered with live numbers, the narrative checks find nothing', () => {
    const text = lines.map((line) => resolveRuns(reenter(line, report), { report }).text).join('\n');
    expect(checkNarrative(text, report).filter((finding) => finding.severity === 'SOFT')).toEqual([]);
  });
});

it('seed 003 re-entered prints the table’s 383 where the report printed 347, bound to 新收', () => {
  const line = narrativeOf('003_d700c24dbd5bf299.txt')
    .split('\n')
    .find((candidate) => candidate.includes('本年度共受理'))!;
  const runs = reenter(line, seed003);
  expect(resolveRuns(runs, { report: seed003 }).text).toContain('政府信息公开申请383件');
  expect(runs).toContainEqual({ number: { kind: 'cells', cells: ['T19.B.A1.TOT'] } });
});
