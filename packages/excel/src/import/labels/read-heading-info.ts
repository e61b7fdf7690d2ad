import type { TextCell } from './text-cells';

export interface HeadingInfo {
  agency: string | null;
  reportYear: number | null;
}

const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/;

function valueRightOf(label: TextCell): string | number | null {
  const row = label.sheet.getRow(label.row);
  for (let col = label.col + 1; col <= Math.min(row.cellCount, label.col + 20); col++) {
    const cell = row.getCell(col);
    if (cell.isMerged && cell.master !== cell) continue;
    const value = cell.value;
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function afterColon(text: string): string {
  const index = text.search(/[:：]/);
  return index < 0 ? '' : text.slice(index + 1).trim();
}

/** 填报单位 and the report year of a user-built table: “填报单位（盖章）：xx局”, “（2018年度）”, “报告年度：2021”. */
export function readHeadingInfo(cells: readonly TextCell[]): HeadingInfo {
  let agency: string | null = null;
  let reportYear: number | null = null;
  for (const cell of cells) {
    if (!agency && cell.normalized.startsWith('填报单位')) {
      const inline = afterColon(cell.text);
      const right = inline ? null : valueRightOf(cell);
      agency = inline || (typeof right === 'string' ? right : null);
    }
    if (reportYear === null && /^(报告)?年度/.test(cell.normalized)) {
      const text = afterColon(cell.text);
      const value = text || valueRightOf(cell);
      const year = Number(
        String(value ?? '')
          .normalize('NFKC')
          .replace(/年度?$/, ''),
      );
      if (Number.isInteger(year) && year > 1990 && year < 2200) reportYear = year;
    }
    if (reportYear === null && cell.normalized.length < 40) {
      const match = YEAR_IN_TEXT.exec(cell.text.normalize('NFKC'));
      if (match) reportYear = Number(match[1]);
    }
  }
  return { agency, reportYear };
}
