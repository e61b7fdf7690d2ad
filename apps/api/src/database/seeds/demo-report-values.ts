import type { ReportValues } from '@nianbao/rules';

/** Small deterministic generator so the demo data is the same on every machine. */
function random(seed: number): (low: number, high: number) => number {
  let state = seed >>> 0;
  return (low, high) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return low + Math.floor(unit * (high - low + 1));
  };
}

const APPLICANT_COLUMNS = ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH'] as const;
const RESULT_ROWS = [
  'R1',
  'R2',
  'R3_1',
  'R3_2',
  'R3_3',
  'R3_4',
  'R3_5',
  'R3_6',
  'R3_7',
  'R3_8',
  'R4_1',
  'R4_2',
  'R4_3',
  'R5_1',
  'R5_2',
  'R5_3',
  'R5_4',
  'R5_5',
  'R6_1',
  'R6_2',
  'R6_3',
];
const B_ROWS = ['A1', 'A2', ...RESULT_ROWS, 'R7', 'A4'];
const OUTCOMES = ['KEEP', 'CORR', 'OTHR', 'PEND'] as const;

export interface DemoValuesOptions {
  /** Next year's report, for history built backwards: this year then carries into it (结转, 现行有效件数). */
  next?: ReportValues;
  /** Multiplies the new applications of natural persons (a year that stands out in the charts). */
  applicationsScale?: number;
}

/**
 * A plausible 2021-format report that satisfies the identities of the rules package (row and column totals, the
 * balance 新收 + 结转 = 办理结果总计 + 结转下年). Given last year's report it also carries the year over
 * (上年结转, 现行有效件数), so the cross-year checks pass; given next year's, it carries into that one.
 */
export function demoValues2021(
  seed: number,
  previous?: ReportValues,
  { next, applicationsScale = 1 }: DemoValuesOptions = {},
): ReportValues {
  const pick = random(seed);
  const values: ReportValues = {};
  const set = (code: string, value: number) => (values[code] = value);

  set('T21.A.20_1.GZ.MADE', 0);
  set('T21.A.20_1.GZ.REP', 0);
  set('T21.A.20_1.GZ.VALID', 0);
  const made = pick(1, 4);
  const repealed = pick(0, 1);
  const previousValid = previous?.['T21.A.20_1.GF.VALID'];
  const valid = typeof previousValid === 'number' ? previousValid + made - repealed : made + pick(5, 12);
  const validCarriedIntoNext = next ? validBefore(next) : null;
  set('T21.A.20_1.GF.MADE', validCarriedIntoNext === null ? made : Math.min(made, validCarriedIntoNext));
  set('T21.A.20_1.GF.REP', repealed);
  set('T21.A.20_1.GF.VALID', validCarriedIntoNext ?? valid);
  set('T21.A.20_5.XK.DEC', pick(20, 60));
  set('T21.A.20_6.CF.DEC', pick(5, 30));
  set('T21.A.20_6.QZ.DEC', pick(0, 3));
  set('T21.A.20_8.SF.AMT', 0);

  for (const row of B_ROWS) set(`T21.B.${row}.TOT`, 0);
  for (const column of APPLICANT_COLUMNS) {
    const isPerson = column === 'NP';
    const received = isPerson ? Math.round(pick(8, 14) * applicationsScale) : pick(1, 3);
    const carriedIn = previous?.[`T21.B.A4.${column}`];
    const fromLastYear = typeof carriedIn === 'number' ? carriedIn : pick(0, 1);
    const carriedIntoNext = next?.[`T21.B.A2.${column}`];
    const carriedOut = typeof carriedIntoNext === 'number' ? (pick(0, 1), carriedIntoNext) : pick(0, 1);
    const handled = received + fromLastYear - carriedOut;
    const granted = Math.ceil(handled * 0.6);
    const partly = Math.min(handled - granted, pick(0, 1));
    const notHeld = handled - granted - partly;
    const valuesByRow: Record<string, number> = {
      A1: received,
      A2: fromLastYear,
      R1: granted,
      R2: partly,
      R4_1: notHeld,
      R7: handled,
      A4: carriedOut,
    };
    for (const row of B_ROWS) {
      const value = valuesByRow[row] ?? 0;
      set(`T21.B.${row}.${column}`, value);
      values[`T21.B.${row}.TOT`] = (values[`T21.B.${row}.TOT`] ?? 0) + value;
    }
  }

  for (const [row, scale] of [
    ['FY', 2],
    ['SS_ZJ', 1],
    ['SS_FY', 0],
  ] as const) {
    let total = 0;
    for (const outcome of OUTCOMES) {
      const value = scale === 0 ? 0 : pick(0, scale);
      set(`T21.C.${row}.${outcome}`, value);
      total += value;
    }
    set(`T21.C.${row}.TOT`, total);
  }
  return values;
}

/** 现行有效件数 at the end of the year before `next`: next's count, less what next made, plus what it repealed. */
function validBefore(next: ReportValues): number | null {
  const [valid, made, repealed] = ['VALID', 'MADE', 'REP'].map((column) => next[`T21.A.20_1.GF.${column}`]);
  if (typeof valid !== 'number' || typeof made !== 'number' || typeof repealed !== 'number') return null;
  return Math.max(0, valid - made + repealed);
}
