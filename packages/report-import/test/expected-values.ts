/** Builders for expected cell values, so a test can list a table the way it is printed: one array per row. */
export type Values = Record<string, number | null>;
export type Prefix = 'T19' | 'T21';

export const _ = null;
export const ZEROS = [0, 0, 0, 0, 0, 0, 0];
export const BLANKS = [_, _, _, _, _, _, _];

const APPLICANT_COLUMNS = ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'];
const OUTCOME_COLUMNS = ['KEEP', 'CORR', 'OTHR', 'PEND', 'TOT'];

/** 自然人 and 总计 filled, the five 法人或其他组织 columns left blank (seed 004 style). */
export const naturalOnly = (natural: number, total: number) => [natural, _, _, _, _, _, total];

export const legacy = (rows: Values): Values =>
  Object.fromEntries(Object.entries(rows).map(([row, value]) => [`L.${row}`, value]));

export const tableB = (prefix: Prefix, rows: Record<string, (number | null)[]>): Values =>
  Object.fromEntries(
    Object.entries(rows).flatMap(([row, cells]) =>
      APPLICANT_COLUMNS.map((column, position) => [`${prefix}.B.${row}.${column}`, cells[position]]),
    ),
  );

/** Table C as printed: one row of 15 numbers — 行政复议, 未经复议直接起诉, 复议后起诉. */
export const tableC = (prefix: Prefix, cells: (number | null)[]): Values =>
  Object.fromEntries(
    ['FY', 'SS_ZJ', 'SS_FY'].flatMap((block, blockIndex) =>
      OUTCOME_COLUMNS.map((column, position) => [
        `${prefix}.C.${block}.${column}`,
        cells[blockIndex * 5 + position],
      ]),
    ),
  );

/** Table B rows of （三）–（五） that are all zero unless listed. */
export const resultRows = (
  listed: Record<string, (number | null)[]>,
  fill = ZEROS,
): Record<string, (number | null)[]> => {
  const codes = [
    ...['R3_1', 'R3_2', 'R3_3', 'R3_4', 'R3_5', 'R3_6', 'R3_7', 'R3_8'],
    ...['R4_1', 'R4_2', 'R4_3'],
    ...['R5_1', 'R5_2', 'R5_3', 'R5_4', 'R5_5'],
  ];
  return Object.fromEntries(codes.map((code) => [code, listed[code] ?? fill]));
};
