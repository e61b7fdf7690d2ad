import { loadCorpus } from './corpus/corpus-entry';
import { derivedInputs } from './corpus/derived-inputs';
import type { EntryScore } from './corpus/score-entry';
import { scoreEntry } from './corpus/score-entry';

/**
 * Below this share of cells read right over the whole corpus, CI fails. The issue's target is 99.5 %; the corpus
 * reads 99.95 % today, every miss an honest “未能读取” (a 2019 row printed as two sub-rows of its own, a value cell
 * printed empty in a one-cell-per-paragraph copy), so the gate holds today's level and a cell read wrong fails on
 * its own below.
 */
const MIN_CELL_SCORE = 0.999;
const UNREAD = '未能读取';

const corpus = loadCorpus();

function report(scores: EntryScore[]): string {
  const cells = scores.reduce((sum, score) => sum + score.cells, 0);
  const right = scores.reduce((sum, score) => sum + score.right, 0);
  const lines = scores.map((score) => {
    const verdict =
      score.hardFound.join(',') === score.hardExpected.join(',')
        ? 'ok'
        : `HARD ${score.hardFound.join(',') || '-'} ≠ ${score.hardExpected.join(',') || '-'}`;
    const misses = score.misses.slice(0, 4).map((miss) => `${miss.code}: ${miss.read}≠${miss.expected}`);
    return `  ${score.folder.padEnd(36)} ${score.crash ? `CRASH ${score.crash}` : `${score.right}/${score.cells}`}  ${verdict}  ${misses.join('; ')}`;
  });
  return [
    `corpus: ${scores.length} reports, ${right}/${cells} cells right (${((100 * right) / Math.max(cells, 1)).toFixed(2)} %)`,
    ...lines,
  ].join('\n');
}

describe('real-world corpus (packages/report-import/corpus)', () => {
  let scores: EntryScore[] = [];

  beforeAll(async () => {
    scores = [];
    // One report at a time, as a batch reads them: one that fails never takes the others down.
    for (const entry of corpus) scores.push(await scoreEntry(entry));
    console.log(report(scores));
  }, 120_000);

  it('holds real reports of every format', () => {
    const formats = new Set(corpus.map((entry) => entry.expected.format));
    expect([...formats].sort()).toEqual(['2019', '2021', 'legacy']);
  });

  it('reads every report without a crash', () => {
    expect(scores.filter((score) => score.crash).map((score) => `${score.folder}: ${score.crash}`)).toEqual(
      [],
    );
  });

  it(`reads at least ${MIN_CELL_SCORE * 100} % of the cells right, and says so where it cannot read one`, () => {
    const cells = scores.reduce((sum, score) => sum + score.cells, 0);
    const right = scores.reduce((sum, score) => sum + score.right, 0);
    expect(right / cells).toBeGreaterThanOrEqual(MIN_CELL_SCORE);
  });

  it('never reads a cell wrong: every number or blank it gives is what the report prints', () => {
    const wrong = scores.flatMap((score) =>
      score.misses
        .filter((miss) => miss.read !== UNREAD)
        .map((miss) => `${score.folder} ${miss.code}: read ${miss.read}, printed ${miss.expected}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reaches the verdict the printed numbers call for: no HARD finding a report does not earn, none missed', () => {
    const wrong = scores
      .filter((score) => !score.crash && score.hardFound.join(',') !== score.hardExpected.join(','))
      .map((score) => `${score.folder}: found [${score.hardFound}] expected [${score.hardExpected}]`);
    expect(wrong).toEqual([]);
  });
});

describe('the corpus re-printed in the other shapes users hand in (tab text, pipes, a cell per line, Word)', () => {
  const scoresByKind = new Map<string, EntryScore[]>();

  beforeAll(async () => {
    for (const entry of corpus) {
      for (const input of derivedInputs(entry.sourceFile)) {
        const score = await scoreEntry(entry, input.data, input.fileName);
        scoresByKind.set(input.kind, [
          ...(scoresByKind.get(input.kind) ?? []),
          { ...score, folder: `${entry.folder} (${input.kind})` },
        ]);
      }
    }
    for (const [kind, scores] of scoresByKind) console.log(`${kind}\n${report(scores)}`);
  }, 300_000);

  it('reads every re-printed report without a crash, as well as the original, with the same verdicts', () => {
    const all = [...scoresByKind.values()].flat();
    expect(all.filter((score) => score.crash).map((score) => `${score.folder}: ${score.crash}`)).toEqual([]);
    const cells = all.reduce((sum, score) => sum + score.cells, 0);
    const right = all.reduce((sum, score) => sum + score.right, 0);
    expect(right / Math.max(cells, 1)).toBeGreaterThanOrEqual(MIN_CELL_SCORE);
    const wrong = all
      .filter((score) => !score.crash && score.hardFound.join(',') !== score.hardExpected.join(','))
      .map((score) => `${score.folder}: found [${score.hardFound}] expected [${score.hardExpected}]`);
    expect(wrong).toEqual([]);
  });
});
