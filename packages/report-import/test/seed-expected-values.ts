import type { Values } from './expected-values';
import { _, BLANKS, legacy, naturalOnly, tableB, tableC, ZEROS } from './expected-values';

/**
 * Every cell of the five real published reports, typed in from the seed files themselves and cross-checked with
 * spec §3.3 (legacy) and §4.5 (2019 format). `null` = the report left the cell blank or printed “/”.
 */

// prettier-ignore
export const SEED_000_VALUES: Values = legacy({
  L1_1: 2890, L1_1a: 9, L1_1b: 9, L1_2_1: 0, L1_2_2: 2890, L1_2_3: 480, L1_2_4: 380, L1_2_5: _,
  L2_1: 4, L2_2_1: 1, L2_2_1a: 1, L2_2_2: 0, L2_2_2a: 0, L2_2_3: 4, L2_2_4: _, L2_2_5: 2,
  L3_1: 75, L3_1_1: 15, L3_1_2: 0, L3_1_3: 40, L3_1_4: 20, L3_2: _, L3_2_1: 75, L3_2_2: 0,
  L3_3: _, L3_3_1: 6, L3_3_2: 34, L3_3_3: 4, L3_3_4: 6,
  L3_3_4a: 0, L3_3_4b: 0, L3_3_4c: 0, L3_3_4d: 2, L3_3_4e: 4, L3_3_4f: 0,
  L3_3_5: 10, L3_3_6: 10, L3_3_7: 5, L3_3_8: 0,
  L4: 5, L4_1: 5, L4_2: 0, L4_3: 0, L5: 1, L5_1: 0, L5_2: 0, L5_3: 1, L6: 0, L7: 0,
  L8_1: 1, L8_2: 1, L8_3: 2, L8_3_1: 1, L8_3_2: 1, L8_4: 3, L9_1: 4, L9_2: 2, L9_3: 143,
});

// prettier-ignore
export const SEED_001_VALUES: Values = legacy({
  L1_1: 37888, L1_1a: 41, L1_1b: 41, L1_2_1: 172, L1_2_2: 26911, L1_2_3: 3881, L1_2_4: 5944, L1_2_5: 980,
  L2_1: 905, L2_2_1: 8, L2_2_1a: 8, L2_2_2: 8, L2_2_2a: 8, L2_2_3: 33, L2_2_4: 230, L2_2_5: 1258,
  L3_1: 150, L3_1_1: 1, L3_1_2: 0, L3_1_3: 70, L3_1_4: 79, L3_2: 150, L3_2_1: 150, L3_2_2: 0,
  L3_3: 150, L3_3_1: 10, L3_3_2: 25, L3_3_3: 5, L3_3_4: 60,
  L3_3_4a: 0, L3_3_4b: 0, L3_3_4c: 0, L3_3_4d: 0, L3_3_4e: 50, L3_3_4f: 10,
  L3_3_5: 20, L3_3_6: 20, L3_3_7: 8, L3_3_8: 2,
  L4: 9, L4_1: 7, L4_2: 2, L4_3: 0, L5: 12, L5_1: 12, L5_2: 0, L5_3: 0, L6: 0, L7: 0,
  L8_1: 6, L8_2: 18, L8_3: 145, L8_3_1: 6, L8_3_2: 139, L8_4: 40, L9_1: 50, L9_2: 35, L9_3: 450,
});

// prettier-ignore
export const SEED_002_VALUES: Values = legacy({
  L1_1: 2270, L1_1a: 3, L1_1b: 3, L1_2_1: 0, L1_2_2: 2116, L1_2_3: 75, L1_2_4: 118, L1_2_5: 0,
  L2_1: 0, L2_2_1: 0, L2_2_1a: 0, L2_2_2: 0, L2_2_2a: 0, L2_2_3: 3, L2_2_4: 0, L2_2_5: 0,
  L3_1: 239, L3_1_1: 200, L3_1_2: 0, L3_1_3: 8, L3_1_4: 31, L3_2: 239, L3_2_1: 239, L3_2_2: 0,
  L3_3: 239, L3_3_1: 0, L3_3_2: 220, L3_3_3: _, L3_3_4: 1,
  L3_3_4a: _, L3_3_4b: _, L3_3_4c: _, L3_3_4d: _, L3_3_4e: 1, L3_3_4f: _,
  L3_3_5: 5, L3_3_6: 10, L3_3_7: 2, L3_3_8: 1,
  L4: 4, L4_1: 0, L4_2: 1, L4_3: 3, L5: 0, L5_1: 0, L5_2: 0, L5_3: 0, L6: 0, L7: _,
  L8_1: 1, L8_2: 1, L8_3: 2, L8_3_1: 1, L8_3_2: 1, L8_4: 0, L9_1: 0, L9_2: 0, L9_3: 0,
});

// prettier-ignore
export const SEED_003_VALUES: Values = {
  'T19.A.20_1.GZ.NEW': 0, 'T19.A.20_1.GZ.PUB': 0, 'T19.A.20_1.GZ.TOT': 0,
  'T19.A.20_1.GF.NEW': 3, 'T19.A.20_1.GF.PUB': 3, 'T19.A.20_1.GF.TOT': 3,
  'T19.A.20_5.XK.PREV': 1479, 'T19.A.20_5.XK.DELTA': -100, 'T19.A.20_5.XK.DEC': 1379,
  'T19.A.20_5.QT.PREV': 404, 'T19.A.20_5.QT.DELTA': -24, 'T19.A.20_5.QT.DEC': 380,
  'T19.A.20_6.CF.PREV': 41, 'T19.A.20_6.CF.DELTA': -3, 'T19.A.20_6.CF.DEC': 38,
  'T19.A.20_6.QZ.PREV': 0, 'T19.A.20_6.QZ.DELTA': 5, 'T19.A.20_6.QZ.DEC': 5,
  'T19.A.20_8.SF.PREV': 3, 'T19.A.20_8.SF.DELTA': 0,
  'T19.A.20_9.CG.CNT': 48, 'T19.A.20_9.CG.AMT': 253.2358,
  ...tableB('T19', {
    A1: [371, 10, 1, 0, 1, 0, 383],
    A2: [14, 4, 0, 0, 0, 0, 18],
    R1: [213, 0, 1, 0, 0, 0, 214],
    R2: [4, 0, 0, 0, 0, 0, 4],
    R3_1: ZEROS, R3_2: ZEROS, R3_3: ZEROS,
    R3_4: [2, 0, 0, 0, 0, 0, 2],
    R3_5: ZEROS, R3_6: ZEROS,
    R3_7: [1, 0, 0, 0, 0, 0, 1],
    R3_8: ZEROS,
    R4_1: [55, 10, 0, 0, 0, 0, 65],
    R4_2: [2, 0, 0, 0, 0, 0, 2],
    R4_3: [27, 3, 0, 0, 0, 0, 30],
    R5_1: ZEROS,
    R5_2: [20, 0, 0, 0, 0, 0, 20],
    R5_3: ZEROS, R5_4: ZEROS, R5_5: ZEROS,
    R6: [7, 1, 0, 0, 1, 0, 9],
    R7: [331, 14, 1, 0, 1, 0, 347],
    A4: [54, 0, 0, 0, 0, 0, 54],
  }),
  ...tableC('T19', [16, 0, 0, 2, 18, 14, 0, 0, 1, 15, 3, 0, 0, 2, 5]),
};

// prettier-ignore
export const SEED_004_VALUES: Values = {
  'T19.A.20_1.GZ.NEW': 0, 'T19.A.20_1.GZ.PUB': 0, 'T19.A.20_1.GZ.TOT': 0,
  'T19.A.20_1.GF.NEW': 12, 'T19.A.20_1.GF.PUB': 12, 'T19.A.20_1.GF.TOT': 117,
  'T19.A.20_5.XK.PREV': 0, 'T19.A.20_5.XK.DELTA': 0, 'T19.A.20_5.XK.DEC': 0,
  'T19.A.20_5.QT.PREV': 0, 'T19.A.20_5.QT.DELTA': 0, 'T19.A.20_5.QT.DEC': 0,
  'T19.A.20_6.CF.PREV': 0, 'T19.A.20_6.CF.DELTA': 0, 'T19.A.20_6.CF.DEC': 0,
  'T19.A.20_6.QZ.PREV': 0, 'T19.A.20_6.QZ.DELTA': 0, 'T19.A.20_6.QZ.DEC': 0,
  'T19.A.20_8.SF.PREV': 0, 'T19.A.20_8.SF.DELTA': 0,
  'T19.A.20_9.CG.CNT': 167, 'T19.A.20_9.CG.AMT': 38,
  ...tableB('T19', {
    A1: naturalOnly(31, 31),
    A2: naturalOnly(0, 0),
    R1: naturalOnly(10, 10),
    R2: BLANKS,
    R3_1: BLANKS, R3_2: BLANKS, R3_3: BLANKS, R3_4: BLANKS,
    R3_5: BLANKS, R3_6: BLANKS, R3_7: BLANKS, R3_8: BLANKS,
    R4_1: naturalOnly(10, 10),
    R4_2: BLANKS, R4_3: BLANKS,
    R5_1: BLANKS, R5_2: BLANKS, R5_3: BLANKS, R5_4: BLANKS, R5_5: BLANKS,
    R6: naturalOnly(9, 9),
    R7: naturalOnly(29, 29),
    A4: naturalOnly(2, 2),
  }),
  ...tableC('T19', [_, _, _, _, 0, _, _, _, _, 0, _, _, _, _, 0]),
};
