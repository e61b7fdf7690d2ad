import type { FormatId } from '../formats/types';
import { METRICS } from '../narrative/metrics';
import type { ReportData } from '../report';
import { roundAmount } from '../values';

/** The figures analytics compares across orgs and years; one column each in the per-report summary rows. */
export const REPORT_FIGURE_IDS = [
  'received',
  'handled',
  'disclosed',
  'partlyDisclosed',
  'withheld',
  'cannotProvide',
  'notProcessed',
  'carriedOver',
  'reviews',
  'reviewsCorrected',
  'lawsuits',
  'lawsuitsCorrected',
  'normativeMade',
  'normativeRepealed',
  'normativeValid',
  'licensing',
  'penalties',
  'enforcement',
  'chargeItems',
  'chargeAmount',
] as const;

export type ReportFigureId = (typeof REPORT_FIGURE_IDS)[number];

export type ReportFigures = Record<ReportFigureId, number | null>;

export interface ReportFigureDef {
  id: ReportFigureId;
  /** Chinese name for chart titles and table headers. */
  name: string;
  /** 件 for counts, 万元 for amounts. */
  unit: '件' | '万元';
  /** Per format, the cells whose sum is the figure; a format without an entry does not hold the figure. */
  cells: Partial<Record<FormatId, readonly string[]>>;
}

/** The cells the narrative check already reads for a quantity (its first reading), so both agree on a figure. */
function cellsOfMetric(metricId: string): Partial<Record<FormatId, readonly string[]>> {
  const metric = METRICS.find((candidate) => candidate.id === metricId);
  if (!metric) throw new Error(`no narrative metric ${metricId}`);
  return Object.fromEntries(
    Object.entries(metric.cells).map(([formatId, readings]) => [formatId, readings![0]]),
  );
}

const fromMetric = (id: ReportFigureId, name: string, metricId: string, unit: '件' | '万元' = '件') => ({
  id,
  name,
  unit,
  cells: cellsOfMetric(metricId),
});

export const REPORT_FIGURES: readonly ReportFigureDef[] = [
  fromMetric('received', '新收申请', 'RECEIVED'),
  fromMetric('handled', '办结申请', 'HANDLED'),
  {
    id: 'disclosed',
    name: '予以公开',
    unit: '件',
    // The legacy table counts “属于已主动公开范围” apart; the 2019 and 2021 tables count it under 予以公开.
    cells: { ...cellsOfMetric('DISCLOSED'), legacy: ['L.L3_3_1', 'L.L3_3_2'] },
  },
  fromMetric('partlyDisclosed', '部分公开', 'PARTLY-DISCLOSED'),
  fromMetric('withheld', '不予公开', 'WITHHELD'),
  fromMetric('cannotProvide', '无法提供', 'CANNOT-PROVIDE'),
  fromMetric('notProcessed', '不予处理', 'NOT-PROCESSED'),
  fromMetric('carriedOver', '结转下年度继续办理', 'CARRIED-OUT'),
  fromMetric('reviews', '行政复议', 'REVIEW-TOTAL'),
  fromMetric('reviewsCorrected', '行政复议结果纠正', 'REVIEW-CORRECTED'),
  fromMetric('lawsuits', '行政诉讼', 'LAWSUIT-TOTAL'),
  fromMetric('lawsuitsCorrected', '行政诉讼结果纠正', 'LAWSUIT-CORRECTED'),
  {
    id: 'normativeMade',
    name: '规范性文件制发',
    unit: '件',
    cells: { legacy: ['L.L1_1b'], '2019': ['T19.A.20_1.GF.NEW'], '2021': ['T21.A.20_1.GF.MADE'] },
  },
  { id: 'normativeRepealed', name: '规范性文件废止', unit: '件', cells: { '2021': ['T21.A.20_1.GF.REP'] } },
  {
    id: 'normativeValid',
    name: '现行有效规范性文件',
    unit: '件',
    // The 2019 trial table's 对外公开总数量 is the count of documents in force that are public.
    cells: { '2019': ['T19.A.20_1.GF.TOT'], '2021': ['T21.A.20_1.GF.VALID'] },
  },
  fromMetric('licensing', '行政许可', 'LICENSING'),
  fromMetric('penalties', '行政处罚', 'PENALTIES'),
  fromMetric('enforcement', '行政强制', 'ENFORCEMENT'),
  fromMetric('chargeItems', '行政事业性收费项目', 'CHARGES'),
  fromMetric('chargeAmount', '行政事业性收费金额', 'CHARGES-AMOUNT', '万元'),
];

export function reportFigureDef(id: ReportFigureId): ReportFigureDef {
  const figure = REPORT_FIGURES.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`no report figure ${id}`);
  return figure;
}

export function isReportFigureId(id: string): id is ReportFigureId {
  return (REPORT_FIGURE_IDS as readonly string[]).includes(id);
}

/**
 * The figures of one report. A figure is null — never 0 — when the format has no such cells, when a cell of it could
 * not be read, or when none of its cells is filled; otherwise it is the sum of the filled cells (a blank is not a 0,
 * but it adds nothing, as in the 汇总).
 */
export function extractReportFigures(report: ReportData): ReportFigures {
  const unreadable = new Set(report.unreadableCells ?? []);
  const figures = {} as ReportFigures;
  for (const figure of REPORT_FIGURES) {
    const cells = figure.cells[report.formatId];
    figures[figure.id] =
      cells && !cells.some((cell) => unreadable.has(cell)) ? sumFilled(report, cells) : null;
    if (figure.unit === '万元' && figures[figure.id] !== null)
      figures[figure.id] = roundAmount(figures[figure.id] as number);
  }
  return figures;
}

function sumFilled(report: ReportData, cells: readonly string[]): number | null {
  let total: number | null = null;
  for (const cell of cells) {
    const value = report.values[cell];
    if (typeof value === 'number' && Number.isFinite(value)) total = (total ?? 0) + value;
  }
  return total;
}
