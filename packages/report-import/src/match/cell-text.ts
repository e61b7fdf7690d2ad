import { parseCellText } from '@nianbao/rules';

/** A number, or a mark meaning “not filled” (blank, “/”, “—”, “无”) — anything a value cell may hold. */
const VALUE_KINDS = ['count', 'signedCount', 'amount'] as const;

export function isValueText(text: string): boolean {
  return VALUE_KINDS.some((kind) => parseCellText(text, kind).status !== 'invalid');
}

export function isNumberText(text: string): boolean {
  return VALUE_KINDS.some((kind) => parseCellText(text, kind).status === 'number');
}

export function isBlankText(text: string): boolean {
  return text.trim() === '';
}

/**
 * A row's values end where its cells turn back into words beyond the columns it has: the next table's caption
 * (第二十条第(五)项), a header (信息内容), a row the template does not list. Only cells past the template's column
 * count are cut, so a word among the expected values still leaves the row unreadable rather than shifted.
 */
export function cutAtTrailingWords(texts: string[], columnCount: number): string[] {
  const end = texts.findIndex(
    (text, position) => position >= columnCount && !isValueText(text) && !isBlankText(text),
  );
  return end < 0 ? texts : texts.slice(0, end);
}

/**
 * Fits a row's cells to the number of template columns: merged header cells and stray spacing leave empty cells
 * at the ends of a row; only those are dropped, never a filled cell.
 */
export function trimToColumnCount(texts: string[], columnCount: number): string[] {
  const trimmed = [...texts];
  while (trimmed.length > columnCount && isBlankText(trimmed[trimmed.length - 1])) trimmed.pop();
  while (trimmed.length > columnCount && isBlankText(trimmed[0])) trimmed.shift();
  return trimmed;
}

/**
 * A row printed with each value once per column its merged cell spans (`26 | 26` for one value over two columns),
 * as office suites copy merged cells: when every value repeats the same number of times, one of each is kept.
 */
export function collapseSpannedCells(texts: string[], columnCount: number): string[] {
  if (texts.length <= columnCount || texts.length % columnCount !== 0) return texts;
  const span = texts.length / columnCount;
  const groups = Array.from({ length: columnCount }, (_, column) =>
    texts.slice(column * span, (column + 1) * span),
  );
  return groups.every((group) => group.every((text) => text.trim() === group[0].trim()))
    ? groups.map((group) => group[0])
    : texts;
}
