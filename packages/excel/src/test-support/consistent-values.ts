import fc from 'fast-check';
import { getFormat, gridCellCode } from '@nianbao/rules';
import type { FormatId, GridDef, ReportValues } from '@nianbao/rules';

/** Reads random numbers in turn, so one fast-check array drives a whole report. */
class Draws {
  private index = 0;
  constructor(private readonly numbers: readonly number[]) {}
  next(): number {
    return this.numbers[this.index++ % this.numbers.length];
  }
}

function fillGrid(formatId: FormatId, grid: GridDef, values: ReportValues, draws: Draws): void {
  const code = (row: string, column: string) => gridCellCode(formatId, grid, row, column) as string;
  const plainColumns = grid.columns.filter((column) => !column.sumOf);
  const solved = new Set(grid.equations?.map((equation) => equation.left[0]) ?? []);
  const rowValue = (rowCode: string, column: string): number => {
    const row = grid.rows.find((candidate) => candidate.code === rowCode)!;
    const key = code(rowCode, column);
    if (values[key] !== undefined) return values[key] as number;
    let value: number;
    if (row.sumOf) value = row.sumOf.reduce((sum, part) => sum + rowValue(part, column), 0);
    else if (row.subsetOf) value = Math.min(draws.next(), rowValue(row.subsetOf, column));
    else {
      const kind = grid.columns.find((candidate) => candidate.code === column)?.kind ?? row.kind ?? 'count';
      const draw = draws.next();
      value = kind === 'amount' ? draw / 100 : kind === 'signedCount' ? draw - 100 : draw;
    }
    values[key] = value;
    return value;
  };
  for (const column of plainColumns) {
    for (const row of grid.rows) if (!row.isHeading && !solved.has(row.code)) rowValue(row.code, column.code);
    for (const equation of grid.equations ?? []) {
      const total = equation.right.reduce((sum, part) => sum + rowValue(part, column.code), 0);
      const others = equation.left.slice(1).map((part) => {
        const value = Math.floor((total * (draws.next() % 100)) / 100 / (equation.left.length - 1));
        values[code(part, column.code)] = value;
        return value;
      });
      values[code(equation.left[0], column.code)] = total - others.reduce((sum, value) => sum + value, 0);
    }
  }
  for (const column of grid.columns.filter((candidate) => candidate.sumOf)) {
    for (const row of grid.rows.filter((candidate) => !candidate.isHeading)) {
      values[code(row.code, column.code)] = column.sumOf!.reduce(
        (sum, part) => sum + (values[code(row.code, part)] as number),
        0,
      );
    }
  }
}

/** Random reports whose totals, 其中 rows and 勾稽 identities all hold: what a careful submitter would send. */
export function consistentValues(formatId: FormatId): fc.Arbitrary<ReportValues> {
  return fc.array(fc.nat({ max: 200 }), { minLength: 64, maxLength: 64 }).map((numbers) => {
    const draws = new Draws(numbers);
    const values: ReportValues = {};
    for (const section of getFormat(formatId).sections)
      for (const grid of section.grids) fillGrid(formatId, grid, values, draws);
    return values;
  });
}
