import type { FormatId } from '../formats/types';
import { readingsOf } from '../narrative/check-narrative';
import { findClaims } from '../narrative/find-claims';
import type { ReportData } from '../report';
import { findFigure, hasFigure } from './figures';
import type { LiveNumber, LiveRun } from './live-number';

/** A typed number of last year's text that equals a cell of last year's tables, offered as a live number. */
export interface ReferenceOffer {
  /** Where the number stands in the paragraph. */
  start: number;
  end: number;
  stated: string;
  /** Last year's value it equals, and the live number that prints this year's figure in its place. */
  lastYearValue: number;
  number: LiveNumber;
}

function liveNumberFor(
  cells: string[],
  metricId: string,
  lastYear: ReportData,
  formatId: FormatId,
): LiveNumber | null {
  if (lastYear.formatId === formatId) return { kind: 'cells', cells };
  const figure = findFigure(metricId);
  return figure && hasFigure(figure, formatId) ? { kind: 'figure', figure: figure.id } : null;
}

/**
 * Word import of last year's narrative: every stated number that equals what last year's tables hold for it becomes
 * an offer to bind it, in this year's format, so this year's figure replaces last year's. Only numbers written
 * verbatim in one sentence are offered (not “无” or “全部维持”), and only when the text's words name the figure.
 */
export function offerReferences(
  paragraph: string,
  lastYear: ReportData,
  formatId: FormatId,
): ReferenceOffer[] {
  const offers: ReferenceOffer[] = [];
  if (/[\r\n]/.test(paragraph)) return offers;
  let searchFrom = 0;
  for (const claim of findClaims(paragraph)) {
    const { text } = claim.sentence;
    const isVerbatim = text.slice(claim.end - claim.stated.length, claim.end) === claim.stated;
    if (!isVerbatim || claim.metrics.length !== 1) continue;
    const sentenceAt = paragraph.indexOf(text, searchFrom);
    if (sentenceAt < 0) continue;
    searchFrom = sentenceAt;
    const match = readingsOf(claim, lastYear)?.find((reading) => reading.value === claim.value);
    const number = match && liveNumberFor(match.cells, claim.metrics[0].id, lastYear, formatId);
    if (!match || !number) continue;
    const start = sentenceAt + claim.end - claim.stated.length;
    offers.push({
      start,
      end: start + claim.stated.length,
      stated: claim.stated,
      lastYearValue: claim.value,
      number,
    });
  }
  return offers;
}

/** The paragraph with the accepted offers bound: their typed numbers replaced by live numbers. */
export function applyOffers(paragraph: string, offers: readonly ReferenceOffer[]): LiveRun[] {
  const runs: LiveRun[] = [];
  let position = 0;
  for (const offer of [...offers].sort((a, b) => a.start - b.start)) {
    if (offer.start < position) continue;
    if (offer.start > position) runs.push({ text: paragraph.slice(position, offer.start) });
    runs.push({ number: offer.number });
    position = offer.end;
  }
  if (position < paragraph.length) runs.push({ text: paragraph.slice(position) });
  return runs;
}
