import { getFormat, gridCellCode, labelKey, listCells, normalizeLabel, stripNumbering } from '@nianbao/rules';
import type { CellDef, FormatId, GridDef, RowDef } from '@nianbao/rules';

/** A template row a printed label may stand for. */
export interface RowTarget {
  grid: GridDef;
  row: RowDef;
  rowIndex: number;
  /**
   * The label without its numbering is also a column header (`3.其他` vs 其他, `（七）总计` vs 总计): accept it only
   * with its numbering and right after the rows printed above it.
   */
  isAmbiguous: boolean;
}

export interface TemplateIndex {
  formatId: FormatId;
  /** Grids printed with one row per template row. */
  rowGrids: GridDef[];
  /** Table C of the 2019/2021 formats: its template rows (复议, 直接起诉, 复议后起诉) are printed side by side as one row. */
  oneRowGrid: GridDef | null;
  exact: Map<string, RowTarget[]>;
  loose: Map<string, RowTarget[]>;
  /** Loose keys long enough to be recognised with a few characters missing or added. */
  prefixKeys: string[];
  cellsByCode: Map<string, CellDef>;
}

/** Shorter labels (规章, 其他) must match in full. */
const MIN_PREFIX_LENGTH = 6;
/** How many characters a printed label may lack or add (`…申请数` for `…申请数量`, `…继续办理数量`). */
const MAX_PREFIX_DIFFERENCE = 6;
const SENTENCE_PUNCTUATION = /[,。;，；]/;

/** Drops explanatory notes in brackets, e.g. （不同渠道和方式公开相同信息计1条）. */
export function withoutNotes(label: string): string {
  return label.replace(/\([^()]*\)/g, '');
}

function add(map: Map<string, RowTarget[]>, key: string, target: RowTarget): void {
  if (!key) return;
  const targets = map.get(key) ?? [];
  if (!targets.includes(target)) targets.push(target);
  map.set(key, targets);
}

function buildIndex(formatId: FormatId): TemplateIndex {
  const format = getFormat(formatId);
  const grids = format.sections.flatMap((section) => section.grids);
  const oneRowGrid = formatId === 'legacy' ? null : (grids.find((grid) => grid.code === 'C') ?? null);
  const rowGrids = grids.filter((grid) => grid !== oneRowGrid);
  const columnLabels = new Set(
    grids.flatMap((grid) => grid.columns.map((column) => normalizeLabel(column.label))),
  );
  const exact = new Map<string, RowTarget[]>();
  const loose = new Map<string, RowTarget[]>();
  for (const grid of rowGrids) {
    grid.rows.forEach((row, rowIndex) => {
      const labels = [row.label, ...(row.aliases ?? [])].map(normalizeLabel);
      const target: RowTarget = {
        grid,
        row,
        rowIndex,
        isAmbiguous: labels.some(
          (label) => columnLabels.has(stripNumbering(label)) || columnLabels.has(labelKey(label)),
        ),
      };
      for (const label of labels) {
        add(exact, label, target);
        add(loose, stripNumbering(label), target);
        add(loose, withoutNotes(stripNumbering(label)), target);
        add(loose, labelKey(label), target);
      }
    });
  }
  const cellsByCode = new Map(listCells(formatId).map((cell) => [cell.code, cell]));
  const prefixKeys = [...loose.keys()].filter((key) => key.length >= MIN_PREFIX_LENGTH);
  return { formatId, rowGrids, oneRowGrid, exact, loose, prefixKeys, cellsByCode };
}

const indexes = new Map<FormatId, TemplateIndex>();

export function templateIndex(formatId: FormatId): TemplateIndex {
  let index = indexes.get(formatId);
  if (!index) {
    index = buildIndex(formatId);
    indexes.set(formatId, index);
  }
  return index;
}

/** Template rows a normalised cell label may stand for: exact spelling first, then without numbering or notes. */
export function lookupRow(index: TemplateIndex, label: string): RowTarget[] {
  if (!label) return [];
  const exact = index.exact.get(label);
  if (exact) return exact;
  const stripped = stripNumbering(label);
  return (
    index.loose.get(stripped) ??
    index.loose.get(withoutNotes(stripped)) ??
    index.loose.get(labelKey(label)) ??
    lookupByPrefix(index, stripped)
  );
}

/** A label printed a little shorter or longer than the template's, when exactly one template label fits. */
function lookupByPrefix(index: TemplateIndex, stripped: string): RowTarget[] {
  if (stripped.length < MIN_PREFIX_LENGTH || SENTENCE_PUNCTUATION.test(stripped)) return [];
  let found: RowTarget[] = [];
  for (const key of index.prefixKeys) {
    if (Math.abs(key.length - stripped.length) > MAX_PREFIX_DIFFERENCE) continue;
    if (!key.startsWith(stripped) && !stripped.startsWith(key)) continue;
    const targets = index.loose.get(key) ?? [];
    const isSameRows = targets.length === found.length && targets.every((target) => found.includes(target));
    if (found.length > 0 && !isSameRows) return [];
    found = targets;
  }
  return found;
}

export function cellFor(index: TemplateIndex, grid: GridDef, rowCode: string, columnCode: string): CellDef {
  const code = gridCellCode(index.formatId, grid, rowCode, columnCode);
  const cell = code ? index.cellsByCode.get(code) : undefined;
  if (!cell)
    throw new Error(`No template cell ${grid.code}/${rowCode}/${columnCode} in format ${index.formatId}`);
  return cell;
}
