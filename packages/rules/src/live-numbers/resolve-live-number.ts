import { findCell } from '../formats/registry';
import type { FormatId } from '../formats/types';
import type { ReportData } from '../report';
import { describeParts } from '../rules/structure';
import { FIGURES, figureCells, findFigure } from './figures';
import type { LiveNumber, LiveRun } from './live-number';

/** What a live number is resolved against: this year's report and, for 同比, the same org's of the year before. */
export interface LiveContext {
  report: ReportData;
  previous?: ReportData | null;
}

export interface ResolvedNumber {
  /** As printed, unit included: “383件”, “253.2358万元”, “62.5%”, “增加12件”. */
  text: string;
  /** The figure itself (the change for a comparison); null when it cannot be computed. */
  value: number | null;
  /** Where it comes from, for the editor's hover and the version history: 「一、本年新收…·总计」. */
  source: string;
}

/** Sum of the cells; a blank cell counts as 0, as the printed table shows it. */
function sumOf(values: ReportData['values'], cells: string[]): number {
  return cells.reduce((sum, code) => sum + (values[code] ?? 0), 0);
}

function unitOf(formatId: FormatId, cells: string[]): string {
  const cell = findCell(formatId, cells[0]);
  return cell?.unit ?? (cell?.kind === 'amount' ? '万元' : '件');
}

const plain = (value: number) => String(Math.round(value * 10000) / 10000);

/** The same quantity in last year's format: the same cells, or the figure those cells are in this year's format. */
function previousCells(cells: string[], formatId: FormatId, previous: ReportData): string[] | null {
  if (previous.formatId === formatId) return cells;
  const figure = FIGURES.find((candidate) => figureCells(candidate, formatId)?.join() === cells.join());
  return figure ? figureCells(figure, previous.formatId) : null;
}

function compared(
  number: Extract<LiveNumber, { compare?: unknown }>,
  cells: string[],
  { report, previous }: LiveContext,
  source: string,
): ResolvedNumber {
  const unit = unitOf(report.formatId, cells);
  const lastYearCells = previous ? previousCells(cells, report.formatId, previous) : null;
  const comparedSource = `${source}与上年比较`;
  if (!previous || !lastYearCells) return { text: '（无上年可比数据）', value: null, source: comparedSource };
  const now = sumOf(report.values, cells);
  const before = sumOf(previous.values, lastYearCells);
  const change = now - before;
  if (number.compare === 'change') {
    const text = change === 0 ? '持平' : `${change > 0 ? '增加' : '减少'}${plain(Math.abs(change))}${unit}`;
    return { text, value: change, source: comparedSource };
  }
  if (before === 0) return { text: '（上年为0，无法计算增幅）', value: null, source: comparedSource };
  const percent = Math.round((change / before) * 1000) / 10;
  const text = percent === 0 ? '持平' : `${percent > 0 ? '增长' : '下降'}${Math.abs(percent).toFixed(1)}%`;
  return { text, value: percent, source: comparedSource };
}

function shareOf(part: number, whole: number, decimals: number): { text: string; value: number | null } {
  if (whole === 0) return { text: '（总数为0，无法计算比例）', value: null };
  const value = (part / whole) * 100;
  return { text: `${value.toFixed(decimals)}%`, value: Number(value.toFixed(decimals)) };
}

const cellsSource = (formatId: FormatId, cells: string[]) =>
  `统计表${describeParts(cells.map((code) => findCell(formatId, code)))}`;

/**
 * The text a live number prints as, given the report's values (and last year's for 同比). Expects a number read by
 * `readLiveNumber` for the report's format.
 */
export function resolveLiveNumber(number: LiveNumber, context: LiveContext): ResolvedNumber {
  const { report } = context;
  const { formatId } = report;
  if (number.kind === 'share') {
    const share = shareOf(
      sumOf(report.values, number.part),
      sumOf(report.values, number.whole),
      number.decimals ?? 1,
    );
    return {
      ...share,
      source: `${cellsSource(formatId, number.part)} ÷ ${cellsSource(formatId, number.whole)}`,
    };
  }
  const figure = number.kind === 'figure' ? findFigure(number.figure) : undefined;
  if (figure?.share) {
    const part = figureCells(findFigure(figure.share.part)!, formatId) ?? [];
    const whole = figureCells(findFigure(figure.share.whole)!, formatId) ?? [];
    return {
      ...shareOf(sumOf(report.values, part), sumOf(report.values, whole), figure.share.decimals),
      source: figure.name,
    };
  }
  const cells = number.kind === 'cells' ? number.cells : ((figure && figureCells(figure, formatId)) ?? []);
  const source = figure ? `${figure.name}（${cellsSource(formatId, cells)}）` : cellsSource(formatId, cells);
  if (number.compare) return compared(number, cells, context, source);
  const value = sumOf(report.values, cells);
  return { text: `${plain(value)}${unitOf(formatId, cells)}`, value, source };
}

/** A paragraph's runs as printed, with where each live number landed in the text. */
export interface ResolvedParagraph {
  text: string;
  numbers: (ResolvedNumber & { start: number; end: number; number: LiveNumber; run: number })[];
}

export function resolveRuns(runs: readonly LiveRun[], context: LiveContext): ResolvedParagraph {
  let text = '';
  const numbers: ResolvedParagraph['numbers'] = [];
  runs.forEach((run, index) => {
    if ('text' in run) {
      text += run.text;
      return;
    }
    const resolved = resolveLiveNumber(run.number, context);
    numbers.push({
      ...resolved,
      start: text.length,
      end: text.length + resolved.text.length,
      number: run.number,
      run: index,
    });
    text += resolved.text;
  });
  return { text, numbers };
}
