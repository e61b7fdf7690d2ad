import type { ReportFigureId } from './report-figures';

/** A share of one figure in another, e.g. 不予公开 ÷ 办结申请 — how peers of different sizes are compared. */
export interface ReportShareDef {
  id: string;
  name: string;
  part: ReportFigureId;
  whole: ReportFigureId;
}

export const REPORT_SHARES: readonly ReportShareDef[] = [
  { id: 'disclosedShare', name: '予以公开占比', part: 'disclosed', whole: 'handled' },
  { id: 'partlyDisclosedShare', name: '部分公开占比', part: 'partlyDisclosed', whole: 'handled' },
  { id: 'withheldShare', name: '不予公开占比', part: 'withheld', whole: 'handled' },
  { id: 'cannotProvideShare', name: '无法提供占比', part: 'cannotProvide', whole: 'handled' },
  { id: 'notProcessedShare', name: '不予处理占比', part: 'notProcessed', whole: 'handled' },
  { id: 'reviewCorrectionRate', name: '行政复议纠正率', part: 'reviewsCorrected', whole: 'reviews' },
  { id: 'lawsuitCorrectionRate', name: '行政诉讼纠正率', part: 'lawsuitsCorrected', whole: 'lawsuits' },
];

export function reportShareDef(id: string): ReportShareDef | undefined {
  return REPORT_SHARES.find((share) => share.id === id);
}

/** part ÷ whole in percent (one decimal); null when either is unknown or the whole is 0. */
export function sharePercent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** Below this many (in both years) a doubling is noise: 2 → 4 applications is no news. */
export const JUMP_MIN_BASE = 10;
/** A count at least doubled or at least halved from one year to the next. */
export const JUMP_RATIO = 2;

/** Whether a count jumped from last year: ×2 or ÷2, on a base worth mentioning. */
export function isYearOverYearJump(previous: number | null, current: number | null): boolean {
  if (previous === null || current === null) return false;
  if (Math.max(previous, current) < JUMP_MIN_BASE) return false;
  if (previous === 0) return true;
  const ratio = current / previous;
  return ratio >= JUMP_RATIO || ratio <= 1 / JUMP_RATIO;
}
