import type { GridDef, RowDef } from '../formats/types';

/** The row and its enclosing rows, outermost first (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密). */
export function ancestry(grid: GridDef, row: RowDef): RowDef[] {
  const chain = [row];
  for (let parent = row.parent; parent;) {
    const found = grid.rows.find((candidate) => candidate.code === parent);
    if (!found) break;
    chain.unshift(found);
    parent = found.parent;
  }
  return chain;
}

/** Rows that carry values, in print order. */
export const dataRowsOf = (grid: GridDef): RowDef[] => grid.rows.filter((row) => !row.isHeading);
