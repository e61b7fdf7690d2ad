import type { FormatId } from '../formats/types';
import { METRICS } from '../narrative/metrics';

/** A named figure: per format, the cells whose sum it is, or a share of two such sums. */
export interface FigureDef {
  id: string;
  /** Chinese name shown in the picker and on hover. */
  name: string;
  cells?: Partial<Record<FormatId, string[]>>;
  share?: { part: string; whole: string; decimals: number };
}

/**
 * Every quantity the narrative-claim finder knows (`METRICS`) is a figure, read as the finder's first reading,
 * so a figure placed after its usual words always agrees with the audit. Shares are built from those.
 */
const METRIC_FIGURES: FigureDef[] = METRICS.map((metric) => ({
  id: metric.id,
  name: metric.name,
  cells: Object.fromEntries(
    Object.entries(metric.cells).map(([formatId, readings]) => [formatId, readings![0]]),
  ),
}));

const SHARE_FIGURES: FigureDef[] = [
  {
    id: 'DISCLOSED-RATE',
    name: '予以公开率（予以公开 ÷ 办结申请数）',
    share: { part: 'DISCLOSED', whole: 'HANDLED', decimals: 1 },
  },
  {
    id: 'PARTLY-DISCLOSED-RATE',
    name: '部分公开率（部分公开 ÷ 办结申请数）',
    share: { part: 'PARTLY-DISCLOSED', whole: 'HANDLED', decimals: 1 },
  },
  {
    id: 'REVIEW-CORRECTED-RATE',
    name: '行政复议纠错率（结果纠正 ÷ 行政复议数量）',
    share: { part: 'REVIEW-CORRECTED', whole: 'REVIEW-TOTAL', decimals: 1 },
  },
];

export const FIGURES: readonly FigureDef[] = [...METRIC_FIGURES, ...SHARE_FIGURES];

export function findFigure(id: string): FigureDef | undefined {
  return FIGURES.find((figure) => figure.id === id);
}

/** The cells a figure sums in a format; null when the format has no such figure. */
export function figureCells(figure: FigureDef, formatId: FormatId): string[] | null {
  return figure.cells?.[formatId] ?? null;
}

/** Whether the format holds the figure (for a share: both its part and its whole). */
export function hasFigure(figure: FigureDef, formatId: FormatId): boolean {
  if (!figure.share) return !!figureCells(figure, formatId);
  const { part, whole } = figure.share;
  return [part, whole].every((id) => {
    const component = findFigure(id);
    return !!component && !!figureCells(component, formatId);
  });
}

/** The figures a report of the format can use, for the editor's picker. */
export function figuresOf(formatId: FormatId): FigureDef[] {
  return FIGURES.filter((figure) => hasFigure(figure, formatId));
}
