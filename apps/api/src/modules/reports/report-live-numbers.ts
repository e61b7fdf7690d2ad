import { resolveLiveNumber } from '@nianbao/rules';
import type { ReportData } from '@nianbao/rules';
import { liveNumbersOf, type StoredNarrative } from './report-narrative';

export interface LiveNumberValue {
  source: string;
  text: string;
}

/**
 * What each live number of a version's narrative printed with that version's values: the version history shows a
 * table change and every reference it moved, old value beside new.
 */
export function versionLiveNumbers(
  narrative: StoredNarrative | null,
  report: ReportData,
  previous: ReportData | null,
): LiveNumberValue[] {
  const seen = new Set<string>();
  return liveNumbersOf(narrative).flatMap((number) => {
    const { source, text } = resolveLiveNumber(number, { report, previous });
    const key = `${source}|${text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ source, text }];
  });
}
