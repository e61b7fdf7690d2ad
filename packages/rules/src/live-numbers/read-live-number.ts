import { findCell, getFormat } from '../formats/registry';
import type { FormatId } from '../formats/types';
import { findFigure, hasFigure } from './figures';
import { COMPARISONS, type Comparison, type LiveNumber } from './live-number';

/** A live number that is malformed or names what the report's format does not have; the message is Chinese. */
export class LiveNumberError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(message: string): never {
  throw new LiveNumberError(`引用的数字${message}`);
}

function readCells(value: unknown, formatId: FormatId, field: string): string[] {
  if (!Array.isArray(value) || !value.length || !value.every((code) => typeof code === 'string')) {
    invalid(`缺少 ${field}（统计表单元格编号的数组）`);
  }
  const cells = value as string[];
  const format = getFormat(formatId);
  const missing = cells.find((code) => !findCell(formatId, code));
  if (missing) invalid(`指向的单元格“${missing}”在${format.shortName}的统计表中不存在，请重新选择`);
  const units = new Set(cells.map((code) => findCell(formatId, code)!.kind === 'amount'));
  if (units.size > 1) invalid('把金额（万元）和件数相加，单位不同，不能求和');
  return cells;
}

function readComparison(value: unknown): Comparison | undefined {
  if (value === undefined || value === null) return undefined;
  if (!COMPARISONS.includes(value as Comparison))
    invalid('的 compare 应为 change（同比增减）或 changePercent（同比增减百分比）');
  return value as Comparison;
}

/**
 * Checks an untrusted live number against the report's format: a cell that does not exist in the format, an
 * unknown figure or one the format does not hold is refused with a message the user can act on.
 */
export function readLiveNumber(value: unknown, formatId: FormatId): LiveNumber {
  if (!isRecord(value)) invalid('格式不对（应为对象，kind 为 cells、figure 或 share）');
  switch (value.kind) {
    case 'cells':
      return { kind: 'cells', cells: readCells(value.cells, formatId, 'cells'), ...comparisonOf(value) };
    case 'figure': {
      const figure = typeof value.figure === 'string' ? findFigure(value.figure) : undefined;
      if (!figure) invalid(`“${String(value.figure)}”不是可引用的统计数字`);
      if (!hasFigure(figure, formatId)) {
        invalid(`“${figure.name}”在${getFormat(formatId).shortName}的统计表中没有对应的单元格`);
      }
      if (figure.share && value.compare) invalid(`“${figure.name}”是比例，不能再计算同比增减`);
      return { kind: 'figure', figure: figure.id, ...comparisonOf(value) };
    }
    case 'share': {
      const decimals = value.decimals ?? 1;
      if (!Number.isInteger(decimals) || (decimals as number) < 0 || (decimals as number) > 2) {
        invalid('的小数位数（decimals）应为 0、1 或 2');
      }
      return {
        kind: 'share',
        part: readCells(value.part, formatId, 'part'),
        whole: readCells(value.whole, formatId, 'whole'),
        decimals: decimals as number,
      };
    }
    default:
      invalid('格式不对（kind 应为 cells、figure 或 share）');
  }
}

function comparisonOf(value: Record<string, unknown>): { compare?: Comparison } {
  const compare = readComparison(value.compare);
  return compare ? { compare } : {};
}
