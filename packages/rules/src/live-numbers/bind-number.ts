import type { LiveNumber, LiveRun } from './live-number';
import { type LiveContext, resolveRuns } from './resolve-live-number';

/**
 * 替换为引用: the typed text between `start` and `end` of the paragraph's printed text becomes a live number.
 * A range that is not inside one typed run (it touches a live number) leaves the runs as they are.
 */
export function bindNumber(
  runs: readonly LiveRun[],
  range: { start: number; end: number },
  number: LiveNumber,
  context: LiveContext,
): LiveRun[] {
  const { numbers } = resolveRuns(runs, context);
  let position = 0;
  const bound: LiveRun[] = [];
  let isBound = false;
  runs.forEach((run, index) => {
    const length =
      'text' in run ? run.text.length : numbers.find((entry) => entry.run === index)!.text.length;
    const runStart = position;
    position += length;
    if (isBound || !('text' in run) || range.start < runStart || range.end > position) {
      bound.push(run);
      return;
    }
    const before = run.text.slice(0, range.start - runStart);
    const after = run.text.slice(range.end - runStart);
    if (before) bound.push({ text: before });
    bound.push({ number });
    if (after) bound.push({ text: after });
    isBound = true;
  });
  return bound;
}
