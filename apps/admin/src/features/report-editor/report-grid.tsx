import type { KeyboardEvent, ClipboardEvent } from 'react';
import { memo } from 'react';
import type { LayoutCell } from '@nianbao/rules';
import type { EditorGrid } from './grid-layout';
import type { CellProblem } from './report-state';

export interface GridCellHandlers {
  onText: (code: string, text: string) => void;
  onKeyDown: (code: string, event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (code: string, event: ClipboardEvent<HTMLInputElement>) => void;
  onFocus: (code: string) => void;
  registerInput: (code: string, input: HTMLInputElement | null) => void;
}

interface ReportGridProps {
  grid: EditorGrid;
  texts: Record<string, string>;
  problems: ReadonlyMap<string, CellProblem>;
  cellNames: ReadonlyMap<string, string>;
  changedCells?: ReadonlySet<string>;
  commentedCells?: ReadonlySet<string>;
  isReadOnly: boolean;
  handlers: GridCellHandlers;
}

const PROBLEM_CLASS: Record<CellProblem['severity'], string> = {
  INVALID: 'cell-invalid',
  HARD: 'cell-hard',
  SOFT: 'cell-soft',
};

/** A group label spanning this many rows prints vertically, as the official tables do (三、本年度办理结果). */
const VERTICAL_GROUP_ROWS = 4;

function labelClass(cell: LayoutCell): string {
  if (!cell.isGroup) return 'report-grid__label';
  return cell.rowSpan >= VERTICAL_GROUP_ROWS
    ? 'report-grid__group report-grid__group--vertical'
    : 'report-grid__group';
}

/** One grid of a section exactly as the official table prints it (the shared `layoutGrid` geometry). */
export const ReportGrid = memo(function ReportGrid({
  grid,
  texts,
  problems,
  cellNames,
  changedCells,
  commentedCells,
  isReadOnly,
  handlers,
}: ReportGridProps) {
  const valueCell = (code: string) => {
    const problem = problems.get(code);
    const classes = [
      problem ? PROBLEM_CLASS[problem.severity] : '',
      changedCells?.has(code) ? 'cell-changed' : '',
      commentedCells?.has(code) ? 'cell-commented' : '',
    ].filter(Boolean);
    return (
      <td key={code} className={classes.join(' ') || undefined} title={problem?.messages.join('\n')}>
        <input
          ref={(input) => handlers.registerInput(code, input)}
          data-cell={code}
          aria-label={cellNames.get(code)}
          aria-invalid={problem && problem.severity !== 'SOFT' ? true : undefined}
          inputMode="decimal"
          autoComplete="off"
          readOnly={isReadOnly}
          value={texts[code] ?? ''}
          onChange={(event) => handlers.onText(code, event.target.value)}
          onKeyDown={(event) => handlers.onKeyDown(code, event)}
          onPaste={(event) => handlers.onPaste(code, event)}
          onFocus={(event) => {
            event.target.select();
            handlers.onFocus(code);
          }}
        />
      </td>
    );
  };
  const bodyCell = (cell: LayoutCell) => {
    const key = `${cell.row}:${cell.col}`;
    if (cell.role === 'value' && cell.cellCode) return valueCell(cell.cellCode);
    if (cell.role === 'rowLabel')
      return (
        <th
          key={key}
          scope={cell.isGroup ? 'rowgroup' : 'row'}
          rowSpan={cell.rowSpan}
          colSpan={cell.colSpan}
          className={labelClass(cell)}
          style={cell.depth ? { paddingLeft: 8 + cell.depth * 16 } : undefined}
        >
          {cell.text}
        </th>
      );
    return (
      <td key={key} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className="report-grid__unit">
        {cell.text}
      </td>
    );
  };
  return (
    <table className="report-grid">
      {grid.layout.grid.caption && <caption>{grid.layout.grid.caption}</caption>}
      <thead>
        {grid.headerRows.map((row, index) => (
          <tr key={index}>
            {row.cells.map((cell) => (
              <th
                key={`${cell.row}:${cell.col}`}
                rowSpan={cell.rowSpan}
                colSpan={cell.colSpan}
                scope={cell.isGroup ? 'colgroup' : 'col'}
                className={cell.role === 'corner' ? 'report-grid__corner' : undefined}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {grid.bodyRows.map((row, index) => (
          <tr key={index}>{row.cells.map(bodyCell)}</tr>
        ))}
      </tbody>
    </table>
  );
});
