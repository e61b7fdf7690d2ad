import { consistentApplications, reportOf } from '../../test/report-builders';
import { listCells } from '../formats/registry';
import { validateReport } from './validate';

const R6_1 = ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map(
  (column) => `T21.B.R6_1.${column}`,
);

describe('validateReport — cells a reader could not read', () => {
  const applications = consistentApplications('T21', { NP: [20, 2, 10, 3, 5], LP_COM: [5, 0, 2, 1, 1] });
  // A published report, consistent as printed, whose （六）1 row holds 9 applications the reader did not find.
  const withUnreadRow = {
    ...applications,
    'T21.B.R6_1.NP': 9,
    'T21.B.R6_1.TOT': 9,
    'T21.B.R7.NP': (applications['T21.B.R7.NP'] as number) + 9,
    'T21.B.R7.TOT': (applications['T21.B.R7.TOT'] as number) + 9,
    'T21.B.A1.NP': (applications['T21.B.A1.NP'] as number) + 9,
    'T21.B.A1.TOT': (applications['T21.B.A1.TOT'] as number) + 9,
  };
  const unreadRow = { ...withUnreadRow, ...Object.fromEntries(R6_1.map((code) => [code, null])) };

  it('finds nothing wrong in the report as printed', () => {
    expect(validateReport(reportOf('2021', withUnreadRow))).toEqual([]);
  });

  it('still finds HARD errors when the unread row is taken as blank — the trap a reader must not fall into', () => {
    const hard = validateReport(reportOf('2021', unreadRow)).filter(
      (violation) => violation.severity === 'HARD',
    );
    expect(hard.map((violation) => violation.ruleId)).toContain('TOTAL-ROWS');
  });

  it('reports the identities over the unread cells as not checkable, naming the cells, and nothing HARD or SOFT', () => {
    const violations = validateReport({ ...reportOf('2021', unreadRow), unreadableCells: R6_1 });
    expect(violations.filter((violation) => violation.severity !== 'INFO')).toEqual([]);
    const notCheckable = violations.filter((violation) => violation.ruleId === 'NOT-CHECKABLE');
    // One finding per rule: the row's own total and the （七）总计 of every column.
    expect(notCheckable.map((violation) => violation.message)).toEqual([
      expect.stringContaining('无法核对'),
      expect.stringContaining('无法核对'),
    ]);
    expect(notCheckable[0].message).toContain('申请人无正当理由逾期不补正');
    expect(new Set(notCheckable.flatMap((violation) => violation.cells))).toEqual(new Set(R6_1));
  });

  it('keeps judging every identity that does not involve an unread cell', () => {
    const broken = { ...unreadRow, 'T21.C.FY.KEEP': 3, 'T21.C.FY.TOT': 5 };
    const violations = validateReport({ ...reportOf('2021', broken), unreadableCells: R6_1 });
    expect(violations.filter((violation) => violation.severity === 'HARD')).toEqual([
      expect.objectContaining({ ruleId: 'TOTAL-COLUMNS', cells: expect.arrayContaining(['T21.C.FY.TOT']) }),
    ]);
  });

  it('does not call an unread cell blank in the “应填 0” hint', () => {
    const values = Object.fromEntries(listCells('2021').map((cell) => [cell.code, 0]));
    const unread = ['T21.A.20_5.XK.DEC'];
    const violations = validateReport({
      ...reportOf('2021', { ...values, [unread[0]]: null }),
      unreadableCells: unread,
    });
    expect(violations.filter((violation) => violation.ruleId === 'NOT-FILLED')).toEqual([]);
  });
});
