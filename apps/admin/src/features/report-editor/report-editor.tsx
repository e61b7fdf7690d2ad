import type { ClipboardEvent, KeyboardEvent, ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Badge, Tabs } from 'antd';
import type { ReportData, ReportValues } from '@nianbao/rules';
import { listCells } from '@nianbao/rules';
import { formatLayout, positionOf } from './grid-layout';
import type { Move } from './keyboard-moves';
import { moveWithin, parsePastedBlock, pasteTargets } from './keyboard-moves';
import { ProblemPanel } from './problem-panel';
import type { GridCellHandlers } from './report-grid';
import { ReportGrid } from './report-grid';
import type { ImportProblem } from '../workbook-import/import-report-file';
import { checkReport, textsFromValues, withImportProblems } from './report-state';
import type { ReportCheck } from './report-state';
import './report-editor.css';

export interface CellComment {
  cellCode: string;
  body: string;
  author?: string;
}

export interface ReportEditorChange {
  values: ReportValues;
  explanations: Record<string, string>;
  check: ReportCheck;
}

export interface ReportEditorProps {
  report: Omit<ReportData, 'values'>;
  initialValues: ReportValues;
  initialExplanations?: Record<string, string>;
  isReadOnly?: boolean;
  /** The same agency's report of last year: enables the cross-year rules. */
  previous?: ReportData | null;
  /** Cells to highlight as changed (since the previous submission or since last year). */
  changedCells?: ReadonlySet<string>;
  comments?: readonly CellComment[];
  /** Problems an upload found in the file: shown on their cells until the cell is edited. */
  importProblems?: readonly ImportProblem[];
  /** More about the cell the keyboard is on (e.g. its value last year), shown under its name. */
  cellInfo?: (code: string) => ReactNode;
  onChange?: (change: ReportEditorChange) => void;
  /** Every result of the live check, the first one included (onChange only follows the user's edits). */
  onCheck?: (check: ReportCheck) => void;
  /** The cell the keyboard is on, e.g. for a reviewer's comment. */
  onFocusCell?: (code: string) => void;
  /** A cell to open on (its table's tab, focused), e.g. the cell a chart's figure comes from. */
  initialFocusCell?: string;
}

function keyToMove(event: KeyboardEvent<HTMLInputElement>): Move | undefined {
  const input = event.currentTarget;
  const isAllSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  switch (event.key) {
    case 'Tab':
      return event.shiftKey ? 'previous' : 'next';
    case 'Enter':
      return event.shiftKey ? 'up' : 'down';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return isAllSelected || input.selectionEnd === 0 ? 'left' : undefined;
    case 'ArrowRight':
      return isAllSelected || input.selectionStart === input.value.length ? 'right' : undefined;
    default:
      return undefined;
  }
}

/**
 * The report table editor: the format's sections as tabs, each grid as the printed table. Moves like a
 * spreadsheet, takes blocks pasted from Excel, and checks the rules on every change.
 */
export function ReportEditor({
  report,
  initialValues,
  initialExplanations,
  isReadOnly = false,
  previous,
  changedCells,
  comments,
  cellInfo,
  importProblems,
  onChange,
  onCheck,
  onFocusCell,
  initialFocusCell,
}: ReportEditorProps) {
  const sections = formatLayout(report.formatId);
  const [texts, setTexts] = useState(() => textsFromValues(initialValues));
  const [explanations, setExplanations] = useState<Record<string, string>>(() => initialExplanations ?? {});
  const initialPosition = initialFocusCell ? positionOf(report.formatId, initialFocusCell) : undefined;
  const [activeSection, setActiveSection] = useState(sections[initialPosition?.section ?? 0].code);
  const [focusedCode, setFocusedCode] = useState<string>();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // registerInput focuses the linked cell as soon as its input mounts.
  const pendingFocus = useRef<string | undefined>(initialPosition ? initialFocusCell : undefined);

  const { formatId, reportYear, agency, agencyLevel } = report;
  const check = useMemo(
    () => checkReport({ formatId, reportYear, agency, agencyLevel }, texts, previous),
    [formatId, reportYear, agency, agencyLevel, texts, previous],
  );
  const initialTexts = useMemo(() => textsFromValues(initialValues), [initialValues]);
  const problems = useMemo(
    () => withImportProblems(check.problems, importProblems, (code) => texts[code] === initialTexts[code]),
    [check.problems, importProblems, texts, initialTexts],
  );
  const cellNames = useMemo(
    () => new Map(listCells(formatId).map((cell) => [cell.code, cell.displayName])),
    [formatId],
  );
  const commentedCells = useMemo(() => new Set(comments?.map((comment) => comment.cellCode)), [comments]);

  // The render budget (docs/performance.md) is measured in the browser from this mark.
  const renderStartedAt = useRef(performance.now());
  useLayoutEffect(() => {
    performance.measure('report-editor:mount', { start: renderStartedAt.current });
  }, []);

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onFocusCellRef = useRef(onFocusCell);
  onFocusCellRef.current = onFocusCell;
  const onCheckRef = useRef(onCheck);
  onCheckRef.current = onCheck;
  useEffect(() => {
    onCheckRef.current?.(check);
  }, [check]);
  // Only the user's edits are changes: mounting (twice under StrictMode) must not trigger a save.
  const hasUserEdited = useRef(false);
  useEffect(() => {
    if (hasUserEdited.current) onChangeRef.current?.({ values: check.values, explanations, check });
  }, [check, explanations]);

  const focusCell = useCallback(
    (code: string) => {
      const position = positionOf(formatId, code);
      if (!position) return;
      const sectionCode = sections[position.section].code;
      const input = inputs.current.get(code);
      if (input && sectionCode === activeSection) input.focus();
      else {
        pendingFocus.current = code;
        setActiveSection(sectionCode);
      }
    },
    [formatId, sections, activeSection],
  );

  useEffect(() => {
    const code = pendingFocus.current;
    const input = code ? inputs.current.get(code) : undefined;
    if (!input) return;
    pendingFocus.current = undefined;
    requestAnimationFrame(() => input.focus());
  }, [activeSection]);

  const handlers: GridCellHandlers = useMemo(
    () => ({
      onText: (code, text) => {
        hasUserEdited.current = true;
        setTexts((current) => ({ ...current, [code]: text }));
      },
      onFocus: (code) => {
        setFocusedCode(code);
        onFocusCellRef.current?.(code);
      },
      registerInput: (code, input) => {
        if (!input) {
          inputs.current.delete(code);
          return;
        }
        inputs.current.set(code, input);
        // A cell located in another tab mounts after the tab switch: focus it as soon as it exists.
        if (pendingFocus.current === code) {
          pendingFocus.current = undefined;
          requestAnimationFrame(() => input.focus());
        }
      },
      onKeyDown: (code, event) => {
        const move = keyToMove(event);
        const position = move && positionOf(formatId, code);
        if (!move || !position) return;
        const target = moveWithin(sections[position.section].navigation, position, move);
        // At the table's edge Tab leaves the grid as usual, so keyboard users can reach the rest of the page.
        if (!target) return;
        event.preventDefault();
        inputs.current.get(sections[position.section].navigation[target.row][target.column])?.focus();
      },
      onPaste: (code, event: ClipboardEvent<HTMLInputElement>) => {
        if (isReadOnly) return;
        const text = event.clipboardData.getData('text/plain');
        if (!/[\t\n]/.test(text.replace(/[\r\n]+$/, ''))) return;
        const position = positionOf(formatId, code);
        if (!position) return;
        event.preventDefault();
        hasUserEdited.current = true;
        const targets = pasteTargets(sections[position.section].navigation, position, parsePastedBlock(text));
        setTexts((current) => {
          const next = { ...current };
          for (const target of targets) next[target.code] = target.text.trim();
          return next;
        });
      },
    }),
    [formatId, sections, isReadOnly],
  );

  const hardCountBySection = useMemo(() => {
    const counts = new Map<string, number>();
    for (const [code, problem] of problems) {
      if (problem.severity !== 'HARD' && problem.severity !== 'INVALID') continue;
      const section = positionOf(formatId, code)?.section;
      if (section === undefined) continue;
      const sectionCode = sections[section].code;
      counts.set(sectionCode, (counts.get(sectionCode) ?? 0) + 1);
    }
    return counts;
  }, [problems, formatId, sections]);

  const focusedProblem = focusedCode ? problems.get(focusedCode) : undefined;
  const focusedComments = comments?.filter((comment) => comment.cellCode === focusedCode) ?? [];

  return (
    <div className="report-editor" data-testid="report-editor">
      <div className="report-editor__tables">
        <div className="report-editor__current" aria-live="polite" data-testid="current-cell">
          {focusedCode ? (
            <>
              <strong>{cellNames.get(focusedCode)}</strong>
              {cellInfo?.(focusedCode)}
              {focusedProblem?.messages.map((message) => (
                <div key={message}>{message}</div>
              ))}
              {focusedComments.map((comment, index) => (
                <div key={index} style={{ color: '#722ed1' }}>
                  批注{comment.author ? `（${comment.author}）` : ''}：{comment.body}
                </div>
              ))}
            </>
          ) : (
            <span style={{ color: '#8c8c8c' }}>
              {isReadOnly
                ? '只读：点击单元格查看名称、问题和批注。'
                : '单击单元格开始填写；Tab / Enter / 方向键移动，可从 Excel 复制一块单元格粘贴进来。'}
            </span>
          )}
        </div>
        <Tabs
          activeKey={activeSection}
          onChange={setActiveSection}
          items={sections.map((section) => ({
            key: section.code,
            label: (
              <Badge count={hardCountBySection.get(section.code) ?? 0} size="small" offset={[8, -2]}>
                {section.shortName}
              </Badge>
            ),
            children: (
              <section aria-label={section.title}>
                {section.grids.map((grid) => (
                  <div className="report-grid-scroll" key={grid.layout.grid.code}>
                    <ReportGrid
                      grid={grid}
                      texts={texts}
                      problems={problems}
                      cellNames={cellNames}
                      changedCells={changedCells}
                      commentedCells={commentedCells}
                      isReadOnly={isReadOnly}
                      handlers={handlers}
                    />
                  </div>
                ))}
              </section>
            ),
          }))}
        />
      </div>
      <ProblemPanel
        formatId={formatId}
        check={check}
        explanations={explanations}
        isReadOnly={isReadOnly}
        onExplain={(key, text) => {
          hasUserEdited.current = true;
          setExplanations((current) => ({ ...current, [key]: text }));
        }}
        onLocate={focusCell}
      />
    </div>
  );
}
