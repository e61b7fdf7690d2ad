import { findCell } from '@nianbao/rules';
import type { FormatId, GridLayout, LayoutCell } from '@nianbao/rules';
import type { LabelCell, LabelRole, ValueSlot } from './layout-types';

export interface GridPlacement {
  labels: LabelCell[];
  values: ValueSlot[];
  lastRow: number;
  headerRows: { from: number; to: number };
}

const LABEL_ROLES: Record<Exclude<LayoutCell['role'], 'value'>, LabelRole> = {
  corner: 'header',
  columnHeader: 'header',
  rowLabel: 'rowLabel',
  unit: 'unit',
};

/**
 * Places the shared layout of one grid on the sheet with its header at `top`, using `width` columns: a grid
 * narrower than its section stretches its last column to the right edge.
 */
export function placeGrid(formatId: FormatId, layout: GridLayout, top: number, width: number): GridPlacement {
  const edge = (boundary: number) => (boundary >= layout.columnCount ? width : boundary);
  const labels: LabelCell[] = [];
  const values: ValueSlot[] = [];
  for (const cell of layout.cells) {
    const at = {
      row: top + cell.row,
      col: edge(cell.col) + 1,
      colSpan: edge(cell.col + cell.colSpan) - edge(cell.col),
    };
    if (cell.role === 'value') {
      const definition = findCell(formatId, cell.cellCode!);
      if (!definition) throw new Error(`格式 ${formatId} 没有单元格 ${cell.cellCode}`);
      values.push({ cell: definition, ...at });
    } else {
      const indent = cell.depth === undefined ? {} : { indent: cell.depth };
      labels.push({ ...at, rowSpan: cell.rowSpan, text: cell.text, role: LABEL_ROLES[cell.role], ...indent });
    }
  }
  return {
    labels,
    values,
    lastRow: top + layout.rowCount - 1,
    headerRows: { from: top, to: top + layout.headerRowCount - 1 },
  };
}
