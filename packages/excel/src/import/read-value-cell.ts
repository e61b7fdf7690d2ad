import { parseCellText } from '@nianbao/rules';
import type { ValueKind } from '@nianbao/rules';
import type { Cell, CellValue } from 'exceljs';

export type CellReading =
  { isReadable: true; value: number | null; note?: string } | { isReadable: false; reason: string };

const RESAVE = '请在 Excel 或 WPS 中打开、确认已计算后重新保存再上传';

function textOf(value: CellValue, formulaResult?: CellValue): string | number | null | { reason: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return { reason: `填写的是逻辑值 ${value ? 'TRUE' : 'FALSE'}，请填写数字` };
  if (value instanceof Date) return { reason: '单元格是日期格式，请改为常规或数值格式后填写数字' };
  if ('error' in value) return { reason: `单元格是错误值 ${value.error}` };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // exceljs drops falsy results (0, '') from `cell.value`; `cell.result` keeps them.
    const result = formulaResult;
    if (result === undefined) return { reason: `公式没有保存计算结果，${RESAVE}` };
    if (result !== null && typeof result === 'object' && 'error' in result) {
      return { reason: `公式的计算结果是错误值 ${result.error}，请检查公式` };
    }
    return textOf(result);
  }
  if ('text' in value) return String(value.text);
  return { reason: '无法识别单元格内容，请填写数字' };
}

/**
 * The number a submitter put in a value cell: the cached result of a formula, text read the way the published-report
 * importer reads it (全角数字, “/”, “—”, units), or the reason it cannot be read.
 */
export function readValueCell(cell: Cell, kind: ValueKind): CellReading {
  const raw = textOf(cell.value, cell.result as CellValue);
  if (raw !== null && typeof raw === 'object') return { isReadable: false, reason: raw.reason };
  const parsed = parseCellText(raw, kind);
  if (parsed.status === 'invalid') {
    return { isReadable: false, reason: `“${String(raw).slice(0, 40)}”不是数字，请填写数字；不适用的留空` };
  }
  return { isReadable: true, value: parsed.value, note: parsed.note };
}

/** Plain text of a label or information cell (formula results included), trimmed; '' when empty or not text. */
export function cellText(cell: Cell): string {
  const raw = textOf(cell.value, cell.result as CellValue);
  if (raw === null || typeof raw === 'object') return '';
  return String(raw).trim();
}
