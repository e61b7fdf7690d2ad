import type { PublicReport } from '../../publication/entities/public-report.entity';
import { openCells } from './report-cells';

/** Excel in China opens UTF-8 CSV correctly only with a byte-order mark. */
const BOM = '\ufeff';

/** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a label as a formula. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value.replace(/^([=+\-@])/, "'$1");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: (string | number | null)[]) => fields.map(field).join(',');

const CELL_HEADER = ['cell_code', 'label_path', 'column', 'value', 'unit'];

/** One report's statistics, one cell a line. */
export function reportCsv(copy: PublicReport): string {
  const rows = openCells(copy.formatId, copy.values).map((cell) =>
    line([cell.code, cell.labelPath, cell.column, cell.value, cell.unit]),
  );
  return `${BOM}${[line(CELL_HEADER), ...rows].join('\r\n')}\r\n`;
}

/** Every published report of a year, one cell a line, each line saying whose report it is. */
export function yearCsv(copies: PublicReport[]): string {
  const header = line(['report_id', 'agency', 'district', 'report_year', 'published_at', ...CELL_HEADER]);
  const rows = copies.flatMap((copy) =>
    openCells(copy.formatId, copy.values).map((cell) =>
      line([
        copy.reportId,
        copy.orgName,
        copy.districtName,
        copy.reportYear,
        copy.publishedAt,
        cell.code,
        cell.labelPath,
        cell.column,
        cell.value,
        cell.unit,
      ]),
    ),
  );
  return `${BOM}${[header, ...rows].join('\r\n')}\r\n`;
}
