import type { FormatId } from '../../formats/types';
import { findFigure, hasFigure } from '../figures';
import type { Comparison, LiveRun } from '../live-number';

/** One item of an enumeration: its words and the figure that follows them (“予以公开” + 予以公开数). */
export interface DraftItem {
  words: string;
  figure: string;
}

export const text = (value: string): LiveRun => ({ text: value });

export const figure = (id: string, compare?: Comparison): LiveRun => ({
  number: { kind: 'figure', figure: id, ...(compare ? { compare } : {}) },
});

export const holds = (formatId: FormatId, id: string) => {
  const definition = findFigure(id);
  return !!definition && hasFigure(definition, formatId);
};

/** “予以公开214件，部分公开4件，…”: the items the format holds, joined by the separator. */
export function enumeration(formatId: FormatId, items: readonly DraftItem[], separator = '，'): LiveRun[] {
  return items
    .filter((item) => holds(formatId, item.figure))
    .flatMap((item, index) => [text(`${index ? separator : ''}${item.words}`), figure(item.figure)]);
}

/** Adjacent text runs merged, so a stored paragraph is as short as it reads. */
export function compact(runs: LiveRun[]): LiveRun[] {
  const merged: LiveRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if ('text' in run && last && 'text' in last) merged[merged.length - 1] = { text: last.text + run.text };
    else if (!('text' in run) || run.text) merged.push(run);
  }
  return merged;
}
