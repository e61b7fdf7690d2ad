import type { CellDef } from '@nianbao/rules';
import type { Cell } from 'exceljs';
import type { CellReading } from './read-value-cell';
import type { ImportProblem } from './import-types';

export function cellProblem(
  sheet: string,
  address: string,
  cell: CellDef | null,
  label: string,
  reason: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem {
  const where = address ? `${sheet}!${address}` : sheet;
  return {
    sheet,
    cell: address,
    label,
    message: `${where ? `${where}（${label}）` : label}：${reason}`,
    ...(cell ? { code: cell.code } : {}),
    severity,
  };
}

/** Stores one value cell's reading into the values and problems of an import. */
export function recordReading(
  target: {
    values: Record<string, number | null>;
    problems: ImportProblem[];
    cellAddresses: Record<string, string>;
  },
  definition: CellDef,
  sheetName: string,
  cell: Cell,
  reading: CellReading,
): void {
  target.cellAddresses[definition.code] = `${sheetName}!${cell.address}`;
  if (!reading.isReadable) {
    target.values[definition.code] = null;
    target.problems.push(
      cellProblem(sheetName, cell.address, definition, definition.displayName, reading.reason),
    );
    return;
  }
  target.values[definition.code] = reading.value;
  if (reading.note) {
    target.problems.push(
      cellProblem(sheetName, cell.address, definition, definition.displayName, reading.note, 'warning'),
    );
  }
}
