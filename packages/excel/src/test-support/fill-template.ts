import type { CellValue, Workbook } from 'exceljs';
import { loadWorkbook } from './load-workbook';

/** What a submitter types into a cell: a number, text such as “１２件” or “/”, or a formula with its cached result. */
export type TypedValue = CellValue;

const RANGE = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/;

function cellByName(workbook: Workbook, places: Map<string, string>, name: string) {
  const match = RANGE.exec(places.get(name.startsWith('nb.') ? name : `nb.${name}`) ?? '');
  if (!match) throw new Error(`template has no cell named ${name}`);
  return workbook.getWorksheet(match[1].replace(/''/g, "'"))!.getCell(`${match[2]}${match[3]}`);
}

/**
 * Opens a workbook made by `createTemplate` once and saves it filled, as Excel would, any number of times; cells
 * are addressed by their `nb.` names (`agency`, `reportYear` or a cell code). Cells not given are left empty.
 */
export async function openTemplateForFilling(template: Uint8Array) {
  const workbook = await loadWorkbook(template);
  const places = new Map(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges[0]]));
  const cellNames = [...places.keys()].filter((name) => name.startsWith('nb.'));
  return async (typed: Record<string, TypedValue>): Promise<Uint8Array> => {
    for (const name of cellNames) cellByName(workbook, places, name).value = null;
    for (const [name, value] of Object.entries(typed)) cellByName(workbook, places, name).value = value;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };
}

export async function fillTemplate(
  template: Uint8Array,
  typed: Record<string, TypedValue>,
): Promise<Uint8Array> {
  return (await openTemplateForFilling(template))(typed);
}
