/**
 * How our own workbooks identify themselves. Every value cell carries a defined name `nb.<cell code>` (Excel and
 * LibreOffice keep names pointing at the right cell when rows are inserted), and a very hidden sheet records the
 * generator, template version and format.
 */
export const METADATA_SHEET = '_nianbao';
export const TEMPLATE_VERSION = 1;
export const GENERATOR = 'nianbao';
export const AGENCY_NAME = 'nb.agency';
export const REPORT_YEAR_NAME = 'nb.reportYear';
const CELL_NAME_PREFIX = 'nb.';

export function definedNameOfCell(code: string): string {
  return CELL_NAME_PREFIX + code;
}

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
