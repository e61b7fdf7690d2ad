import { bindNumber, resolveRuns } from '@nianbao/rules';
import type { LiveContext, LiveNumber, LiveRun } from '@nianbao/rules';
import type { NarrativeBlock } from './narrative-model';

/** A paragraph's runs: its stored runs, or its typed text as one run. */
export function runsOf(block: NarrativeBlock): LiveRun[] {
  return (block.runs as LiveRun[] | undefined) ?? [{ text: block.text ?? '' }];
}

/** Adjacent typed runs merged and empty ones dropped. */
function compacted(runs: LiveRun[]): LiveRun[] {
  const merged: LiveRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if ('text' in run && !run.text) continue;
    if ('text' in run && last && 'text' in last) merged[merged.length - 1] = { text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

/** The paragraph as stored: plain `text` while it has no live number, `runs` (and their printed text) once it has. */
export function paragraphOf(runs: LiveRun[], context: LiveContext): NarrativeBlock {
  const compact = compacted(runs);
  const text = resolveRuns(compact, context).text;
  return compact.some((run) => 'number' in run)
    ? { type: 'paragraph', text, runs: compact }
    : { type: 'paragraph', text };
}

/**
 * The runs after the clerk edited the paragraph's printed text: the text between the common start and end is
 * replaced; a live number the edit touches becomes typed text (the clerk changed it), every other stays live.
 */
export function editedRuns(runs: LiveRun[], context: LiveContext, next: string): LiveRun[] {
  const { text: previous, numbers } = resolveRuns(runs, context);
  let head = 0;
  while (head < previous.length && head < next.length && previous[head] === next[head]) head++;
  let tail = 0;
  while (
    tail < previous.length - head &&
    tail < next.length - head &&
    previous[previous.length - 1 - tail] === next[next.length - 1 - tail]
  )
    tail++;
  const changedEnd = previous.length - tail;
  const isTouched = (start: number, end: number) =>
    (start < changedEnd && head < end) || (start < head && head < end);
  const before: LiveRun[] = [];
  const after: LiveRun[] = [];
  let position = 0;
  runs.forEach((run, index) => {
    const printed = 'text' in run ? run.text : numbers.find((number) => number.run === index)!.text;
    const start = position;
    const end = (position += printed.length);
    const isNumber = 'number' in run && !isTouched(start, end);
    if (isNumber && end <= head) before.push(run);
    else if (isNumber) after.push(run);
    else {
      if (start < head) before.push({ text: printed.slice(0, head - start) });
      if (end > changedEnd) after.push({ text: printed.slice(Math.max(0, changedEnd - start)) });
    }
  });
  return compacted([...before, { text: next.slice(head, next.length - tail) }, ...after]);
}

/** A live number inserted where the cursor stands (at the end when that is inside another live number). */
export function insertedNumber(
  runs: LiveRun[],
  context: LiveContext,
  at: number,
  number: LiveNumber,
): LiveRun[] {
  const padded = compacted(runs).length ? runs : [{ text: '' }];
  const bound = bindNumber(padded, { start: at, end: at }, number, context);
  return bound.length === padded.length && bound.every((run, index) => run === padded[index])
    ? [...runs, { number }]
    : bound;
}
