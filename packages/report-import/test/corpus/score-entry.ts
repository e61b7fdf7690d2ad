import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateReport } from '@nianbao/rules';
import { importPublishedReport } from '../../src';
import type { CorpusEntry } from './corpus-entry';

const EPSILON = 1e-6;

export interface CellMiss {
  code: string;
  expected: string;
  read: string;
}

export interface EntryScore {
  folder: string;
  cells: number;
  right: number;
  misses: CellMiss[];
  /** The reader threw: the whole file is lost. */
  crash: string | null;
  formatRead: string | null;
  hardExpected: string[];
  hardFound: string[];
}

const show = (value: number | null, unread: boolean) =>
  unread ? '未能读取' : value === null ? '空' : String(value);

/** Reads one corpus report as a user's file and compares every cell and the HARD verdict with the transcription. */
export async function scoreEntry(
  entry: CorpusEntry,
  data?: Uint8Array,
  fileName?: string,
): Promise<EntryScore> {
  const base: EntryScore = {
    folder: entry.folder,
    cells: entry.cells.size,
    right: 0,
    misses: [],
    crash: null,
    formatRead: null,
    hardExpected: [...new Set(entry.expected.expectedHard)].sort(),
    hardFound: [],
  };
  let imported;
  try {
    imported = await importPublishedReport({
      fileName: fileName ?? path.basename(entry.sourceFile),
      data: data ?? readFileSync(entry.sourceFile),
    });
  } catch (error) {
    return { ...base, crash: (error as Error).message };
  }
  base.formatRead = imported.formatId;
  if (imported.formatId !== entry.expected.format) {
    return {
      ...base,
      misses: [{ code: '(format)', expected: entry.expected.format, read: imported.formatId }],
    };
  }
  const unread = new Set(imported.unreadableCells);
  for (const [code, expected] of entry.cells) {
    const value = imported.values[code] ?? null;
    const isUnread = unread.has(code);
    const isRight =
      expected.kind === 'notPrinted'
        ? isUnread && value === null
        : expected.kind === 'blank'
          ? !isUnread && value === null
          : !isUnread && value !== null && Math.abs(value - expected.value) <= EPSILON;
    if (isRight) base.right++;
    else {
      const wanted =
        expected.kind === 'notPrinted'
          ? '未印出（应报未能读取）'
          : expected.kind === 'blank'
            ? '空'
            : String(expected.value);
      base.misses.push({ code, expected: wanted, read: show(value, isUnread) });
    }
  }
  const violations = validateReport({
    formatId: imported.formatId,
    reportYear: imported.reportYear,
    agency: imported.agency,
    values: imported.values,
    unreadableCells: imported.unreadableCells,
  });
  base.hardFound = [...new Set(violations.filter((v) => v.severity === 'HARD').map((v) => v.ruleId))].sort();
  return base;
}
