import {
  FORMAT_IDS,
  isReportFigureId,
  REPORT_FIGURES,
  REPORT_SHARES,
  reportFigureDef,
  reportShareDef,
  sharePercent,
} from '@nianbao/rules';
import type { FormatId, ReportFigureId, ReportShareDef } from '@nianbao/rules';
import type { MeasureOutput } from './dto/analytics.output';

/** What the endpoints compare: a figure of the summary rows, or a share of two of them (in %). */
export type Measure = { kind: 'figure'; id: ReportFigureId } | { kind: 'share'; share: ReportShareDef };

export function measureOf(id: string): Measure {
  if (isReportFigureId(id)) return { kind: 'figure', id };
  const share = reportShareDef(id);
  if (!share) throw new Error(`unknown measure ${id}`);
  return { kind: 'share', share };
}

const figureFormats = (id: ReportFigureId) =>
  FORMAT_IDS.filter((formatId) => reportFigureDef(id).cells[formatId] !== undefined);

export function describeMeasure(measure: Measure): MeasureOutput {
  if (measure.kind === 'figure') {
    const figure = reportFigureDef(measure.id);
    return { id: figure.id, name: figure.name, unit: figure.unit, formatIds: figureFormats(figure.id) };
  }
  const { share } = measure;
  const wholeFormats = new Set(figureFormats(share.whole));
  return {
    id: share.id,
    name: share.name,
    unit: '%',
    formatIds: figureFormats(share.part).filter((formatId) => wholeFormats.has(formatId)),
  };
}

export const ALL_MEASURES: readonly Measure[] = [
  ...REPORT_FIGURES.map((figure) => ({ kind: 'figure', id: figure.id }) as const),
  ...REPORT_SHARES.map((share) => ({ kind: 'share', share }) as const),
];

/** The measure of one summary row (alias `m`) as an SQL expression; null where unknown. */
export function measureSql(measure: Measure): string {
  if (measure.kind === 'figure') return `m.${measure.id}`;
  const { part, whole } = measure.share;
  return `CASE WHEN m.${whole} > 0 AND m.${part} IS NOT NULL THEN 100.0 * m.${part} / m.${whole} END`;
}

/** The measure of a row already read (figures by id), rounded as the API shows it. */
export function measureValue(measure: Measure, figures: Record<string, number | null>): number | null {
  if (measure.kind === 'figure') return figures[measure.id] ?? null;
  return sharePercent(figures[measure.share.part] ?? null, figures[measure.share.whole] ?? null);
}

/** Where a click on the value leads: the measure's cells in that report's format. */
export function measureCells(measure: Measure, formatId: FormatId): string[] {
  const figureId = measure.kind === 'figure' ? measure.id : measure.share.part;
  return [...(reportFigureDef(figureId).cells[formatId] ?? [])];
}

/** Numbers from the database driver (MySQL sums come back as strings) as numbers, keeping null. */
export function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
