import { parseCellText } from '@nianbao/rules';

/** A number, or a mark meaning “not filled” (blank, “/”, “—”, “无”) — anything a value cell may hold. */
export function isValueText(text: string): boolean {
  return (
    parseCellText(text, 'count').status !== 'invalid' || parseCellText(text, 'amount').status !== 'invalid'
  );
}

export function isNumberText(text: string): boolean {
  return (
    parseCellText(text, 'count').status === 'number' || parseCellText(text, 'amount').status === 'number'
  );
}

export function isBlankText(text: string): boolean {
  return text.trim() === '';
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
