import { isFormatId, listCells } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import type { Workbook, Worksheet } from 'exceljs';
import {
  AGENCY_NAME,
  definedNameOfCell,
  GENERATOR,
  METADATA_SHEET,
  REPORT_YEAR_NAME,
} from '../workbook/workbook-metadata';
import { unescapeText } from '../workbook/safe-text';
import type { ImportProblem, WorkbookImport } from './import-types';
import { cellProblem, recordReading } from './problems';
import { cellText, readValueCell } from './read-value-cell';

const RANGE = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/;

interface NamedCell {
  sheet: Worksheet;
  address: string;
}

function namedCells(workbook: Workbook): Map<string, NamedCell> {
  const cells = new Map<string, NamedCell>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const match = ranges.length === 1 ? RANGE.exec(ranges[0]) : null;
    const sheet = match ? workbook.getWorksheet(match[1]?.replace(/''/g, "'") ?? match[2]) : undefined;
    if (match && sheet) cells.set(name, { sheet, address: `${match[3]}${match[4]}` });
  }
  return cells;
}

/** The format recorded in our hidden sheet, or null for a workbook we did not generate. */
export function ownWorkbookFormat(workbook: Workbook): FormatId | null {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  if (!sheet || cellText(sheet.getCell('B1')) !== GENERATOR) return null;
  const formatId = cellText(sheet.getCell('B3'));
  return isFormatId(formatId) ? formatId : null;
}

function readYear(named: NamedCell | undefined, problems: ImportProblem[]): number | null {
  if (!named) return null;
  const text = cellText(named.sheet.getCell(named.address));
  if (!text) return null;
  const match = /^(\d{4})(年度?)?$/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  if (match) return Number(match[1]);
  problems.push(
    cellProblem(
      named.sheet.name,
      named.address,
      null,
      '报告年度',
      `“${text}”不是年份，请填写四位数年份，如 2025`,
    ),
  );
  return null;
}

/** Reads a workbook made from our template exactly, cell by cell through the `nb.<code>` defined names. */
export function readOwnWorkbook(workbook: Workbook, formatId: FormatId): WorkbookImport {
  const named = namedCells(workbook);
  const result: WorkbookImport = {
    formatId,
    reportYear: null,
    agency: null,
    values: {},
    problems: [],
    cellAddresses: {},
    matchedBy: 'template',
  };
  for (const definition of listCells(formatId)) {
    const target = named.get(definedNameOfCell(definition.code));
    if (!target) {
      result.values[definition.code] = null;
      result.problems.push(
        cellProblem(
          '',
          '',
          definition,
          definition.displayName,
          '模板中找不到这一栏（可能被删除），按未填写处理；请使用未经改动的模板',
        ),
      );
      continue;
    }
    const cell = target.sheet.getCell(target.address);
    recordReading(result, definition, target.sheet.name, cell, readValueCell(cell, definition.kind));
  }
  const agency = named.get(AGENCY_NAME);
  result.agency = agency ? unescapeText(cellText(agency.sheet.getCell(agency.address))) || null : null;
  result.reportYear = readYear(named.get(REPORT_YEAR_NAME), result.problems);
  return result;
}
