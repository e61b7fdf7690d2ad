import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFormatId, listCells } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';

export const CORPUS_DIR = path.resolve(__dirname, '../../corpus');

/** What `expected.json` holds (corpus/README.md). */
export interface ExpectedFile {
  source: { address: string; via: string; retrieved?: string };
  agency: string;
  province: string;
  level: 'province' | 'city' | 'county' | 'township' | 'department';
  reportYear: number;
  format: FormatId;
  layout?: string[];
  rows: Record<string, number | null | (number | null)[]>;
  notPrinted?: string;
  expectedHard: string[];
  notes?: string;
}

/** A cell as the report prints it: a number, empty (`null`), or a row the stored copy does not print at all. */
export type ExpectedCell = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'notPrinted' };

export interface CorpusEntry {
  folder: string;
  sourceFile: string;
  expected: ExpectedFile;
  cells: Map<string, ExpectedCell>;
}

const PREFIX: Record<FormatId, string> = { legacy: 'L', '2019': 'T19', '2021': 'T21' };

/** Maps the printed rows onto cell codes; a malformed file throws naming the folder and the key. */
export function expectedCells(folder: string, expected: ExpectedFile): Map<string, ExpectedCell> {
  if (!isFormatId(expected.format)) throw new Error(`${folder}: unknown format ${String(expected.format)}`);
  const codes = listCells(expected.format).map((cell) => cell.code);
  const cells = new Map<string, ExpectedCell>(codes.map((code) => [code, { kind: 'notPrinted' }]));
  for (const [key, printed] of Object.entries(expected.rows)) {
    const single = `${PREFIX[expected.format]}.${key}`;
    const rowCodes = codes.includes(single)
      ? [single]
      : codes.filter((code) => code.startsWith(`${single}.`));
    const values = Array.isArray(printed) ? printed : [printed];
    if (rowCodes.length === 0) throw new Error(`${folder}: no row ${key} in format ${expected.format}`);
    if (values.length !== rowCodes.length)
      throw new Error(
        `${folder}: row ${key} has ${rowCodes.length} cells, expected.json lists ${values.length}`,
      );
    rowCodes.forEach((code, position) => {
      const value = values[position];
      if (value !== null && typeof value !== 'number')
        throw new Error(`${folder}: ${code} is not a number or null`);
      cells.set(code, value === null ? { kind: 'blank' } : { kind: 'number', value });
    });
  }
  return cells;
}

export function loadCorpus(): CorpusEntry[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const directory = path.join(CORPUS_DIR, folder);
      const sources = readdirSync(directory).filter((name) => name.startsWith('source.'));
      if (sources.length !== 1)
        throw new Error(`${folder}: expected one source.* file, found ${sources.length}`);
      const expected = JSON.parse(
        readFileSync(path.join(directory, 'expected.json'), 'utf8'),
      ) as ExpectedFile;
      return {
        folder,
        sourceFile: path.join(directory, sources[0]),
        expected,
        cells: expectedCells(folder, expected),
      };
    });
}
