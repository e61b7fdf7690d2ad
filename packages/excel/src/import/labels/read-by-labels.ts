import { detectFormat, getFormat, listCells } from '@nianbao/rules';
import type { Workbook } from 'exceljs';
import { ExcelImportError, ExcelImportErrorCode } from '../excel-import-error';
import type { WorkbookImport } from '../import-types';
import { cellProblem, recordReading } from '../problems';
import { readValueCell } from '../read-value-cell';
import { LabelIndex } from './label-targets';
import { locateGrid } from './locate-grid';
import type { LocatedValue } from './locate-grid';
import { readHeadingInfo } from './read-heading-info';
import { collectTextCells } from './text-cells';

/** Below this share of value cells found by label, the workbook is not taken for a report table. */
const MIN_LOCATED_SHARE = 0.3;

const unknownFormat = (detail: string) =>
  new ExcelImportError(
    ExcelImportErrorCode.UnknownFormat,
    `没有在工作簿中找到政府信息公开工作年度报告统计表（${detail}）。请下载统计表模板（nianbao template）填写，或使用与官方表格栏目名称一致的表格。`,
  );

/**
 * Reads a workbook the user built in the shape of the official table: the format is told by its labels, and each
 * value is found at the crossing of its row label and column header, wherever rows and columns were moved.
 */
export function readByLabels(workbook: Workbook): WorkbookImport {
  const cells = collectTextCells(workbook);
  const heading = readHeadingInfo(cells);
  const index = new LabelIndex(cells);
  const detection = detectFormat(
    cells.map((cell) => cell.text),
    { reportYear: heading.reportYear },
  );
  if (!detection.formatId) throw unknownFormat(detection.evidence.join('；'));
  const formatId = detection.formatId;
  const result: WorkbookImport = {
    formatId,
    reportYear: heading.reportYear,
    agency: heading.agency,
    values: {},
    problems: [],
    cellAddresses: {},
    matchedBy: 'labels',
  };
  const located = new Map<string, LocatedValue>();
  for (const section of getFormat(formatId).sections) {
    for (const grid of section.grids) {
      const location = locateGrid(formatId, grid, index);
      for (const [code, place] of location.values) located.set(code, place);
      const sheet = location.sheet?.name ?? '';
      const where = grid.caption ? `${section.shortName} ${grid.caption}` : section.shortName;
      for (const row of location.missingRows) {
        result.problems.push(
          cellProblem(sheet, '', null, row.label, `没有找到这一行（${where}），按未填写处理`, 'warning'),
        );
      }
      for (const column of location.missingColumns) {
        result.problems.push(
          cellProblem(sheet, '', null, column.label, `没有找到这一栏（${where}），按未填写处理`, 'warning'),
        );
      }
    }
  }
  const definitions = listCells(formatId);
  if (located.size < definitions.length * MIN_LOCATED_SHARE) {
    throw unknownFormat(
      `只找到 ${located.size} 个栏目，${getFormat(formatId).name}共有 ${definitions.length} 个`,
    );
  }
  for (const definition of definitions) {
    const place = located.get(definition.code);
    if (!place) {
      result.values[definition.code] = null;
      continue;
    }
    const cell = place.sheet.getCell(place.row, place.col);
    recordReading(result, definition, place.sheet.name, cell, readValueCell(cell, definition.kind));
  }
  return result;
}
