import { normalizeLabel, parseCellText } from '@nianbao/rules';
import type { GridDef, ReportValues } from '@nianbao/rules';
import type { UnreadableCell } from '../imported-report';
import type { StreamCell } from './cell-stream';
import { trimToColumnCount } from './cell-text';
import type { TemplateIndex } from './template-index';
import { cellFor } from './template-index';

const ANCHOR = normalizeLabel('行政复议');
const SEARCH_WINDOW = 40;

/**
 * Table C (行政复议、行政诉讼) is printed as three header rows and one row of 15 numbers: 复议, 未经复议直接起诉 and
 * 复议后起诉, five outcomes each. Finds the header, then reads the first row below it.
 */
export function readOneRowTable(
  cells: StreamCell[],
  index: TemplateIndex,
  grid: GridDef,
  values: ReportValues,
  unreadable: UnreadableCell[],
): void {
  const headerLabels = new Set(
    [...grid.columns.map((column) => column.label), ...grid.rows.map((row) => row.label)].map(normalizeLabel),
  );
  const dataRows = grid.rows.filter((row) => !row.isHeading);
  const targets = dataRows.flatMap((row) =>
    grid.columns.map((column) => cellFor(index, grid, row.code, column.code)),
  );

  const markAll = (raw: string, reason: string) => {
    for (const cell of targets) unreadable.push({ code: cell.code, label: cell.displayName, raw, reason });
  };

  const anchor = cells.findIndex(
    (cell, position) =>
      cell.label === ANCHOR &&
      cells
        .slice(position + 1, position + 16)
        .some((next) => next.label !== ANCHOR && headerLabels.has(next.label)),
  );
  if (anchor < 0) {
    markAll('', '报告中没有找到“政府信息公开行政复议、行政诉讼情况”表');
    return;
  }
  let lastHeader = anchor;
  for (let position = anchor + 1; position < Math.min(cells.length, anchor + SEARCH_WINDOW); position++) {
    const label = cells[position].label;
    if (headerLabels.has(label)) lastHeader = position;
    else if (label !== '') break;
  }

  const header = cells[lastHeader];
  let data: StreamCell[];
  if (header.isFromText) {
    data = [];
    for (let position = lastHeader + 1; position < cells.length; position++) {
      const cell = cells[position];
      if (cell.rowId !== header.rowId || !cell.isValue) break;
      data.push(cell);
    }
  } else {
    const next = cells.slice(lastHeader + 1).find((cell) => cell.rowId !== header.rowId);
    data = next ? cells.filter((cell) => cell.rowId === next.rowId) : [];
    while (data.length > 0 && !data[0].isValue) data = data.slice(1);
  }

  const texts = trimToColumnCount(
    data.map((cell) => cell.text),
    targets.length,
  );
  if (texts.length !== targets.length) {
    markAll(
      texts.join(' | '),
      `这一行应有 ${targets.length} 个数值，实际读到 ${texts.length} 个，无法对应到各列`,
    );
    return;
  }
  targets.forEach((cell, position) => {
    const parsed = parseCellText(texts[position], cell.kind);
    values[cell.code] = parsed.value;
    if (parsed.status === 'invalid') {
      unreadable.push({
        code: cell.code,
        label: cell.displayName,
        raw: texts[position].trim(),
        reason: '不是数字',
      });
    }
  });
}
