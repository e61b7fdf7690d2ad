/** Where a key sends the cursor in a section's matrix of editable cells, like a spreadsheet. */
export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

export interface MatrixPosition {
  row: number;
  column: number;
}

/**
 * The next position for a move, or undefined at the edge. Rows may differ in length (grids of one section differ):
 * moving up or down keeps the column when it exists and otherwise takes the row's last cell.
 */
export function moveWithin(
  matrix: readonly (readonly string[])[],
  from: MatrixPosition,
  move: Move,
): MatrixPosition | undefined {
  const { row, column } = from;
  const lastColumn = (r: number) => matrix[r].length - 1;
  switch (move) {
    case 'up':
      return row > 0 ? { row: row - 1, column: Math.min(column, lastColumn(row - 1)) } : undefined;
    case 'down':
      return row < matrix.length - 1
        ? { row: row + 1, column: Math.min(column, lastColumn(row + 1)) }
        : undefined;
    case 'left':
      return column > 0 ? { row, column: column - 1 } : undefined;
    case 'right':
      return column < lastColumn(row) ? { row, column: column + 1 } : undefined;
    case 'next':
      if (column < lastColumn(row)) return { row, column: column + 1 };
      return row < matrix.length - 1 ? { row: row + 1, column: 0 } : undefined;
    case 'previous':
      if (column > 0) return { row, column: column - 1 };
      return row > 0 ? { row: row - 1, column: lastColumn(row - 1) } : undefined;
  }
}

/** Text copied from Excel or WPS: rows separated by newlines, cells by tabs; a trailing newline is not a row. */
export function parsePastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** Cell codes and texts a pasted block fills, starting at `from`; parts that fall outside the table are dropped. */
export function pasteTargets(
  matrix: readonly (readonly string[])[],
  from: MatrixPosition,
  block: string[][],
): { code: string; text: string }[] {
  const targets: { code: string; text: string }[] = [];
  block.forEach((cells, rowOffset) => {
    const row = matrix[from.row + rowOffset];
    if (!row) return;
    cells.forEach((text, columnOffset) => {
      const code = row[from.column + columnOffset];
      if (code) targets.push({ code, text });
    });
  });
  return targets;
}
