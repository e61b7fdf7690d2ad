import { consistentApplications, reportOf } from '../../test/report-builders';
import { listCells } from '../formats/registry';
import { validateReport } from './validate';

const ofSeverity = (severity: string) => (violation: { severity: string }) => violation.severity === severity;

describe('validateReport — arithmetic identities', () => {
  const applications = consistentApplications('T21', { NP: [20, 2, 10, 3, 5], LP_COM: [5, 0, 2, 1, 1] });

  it('finds nothing wrong in a 2021 report whose tables add up', () => {
    expect(validateReport(reportOf('2021', applications))).toEqual([]);
  });

  it('blocks a （七）总计 that does not equal the sum of the results, naming the cells and both values', () => {
    const report = reportOf('2021', { ...applications, 'T21.B.R7.NP': 17 });
    const hard = validateReport(report).filter(ofSeverity('HARD'));
    const total = hard.find((violation) => violation.ruleId === 'TOTAL-ROWS');
    expect(total).toMatchObject({ expected: 18, actual: 17 });
    expect(total!.cells[0]).toBe('T21.B.R7.NP');
    expect(total!.message).toContain('（七）总计·自然人');
    expect(total!.message).toContain('18');
    expect(total!.message).toContain('17');
    // The same wrong cell also breaks the row total and the 勾稽关系 of its column.
    expect(hard.map((violation) => violation.ruleId).sort()).toEqual([
      'BALANCE',
      'TOTAL-COLUMNS',
      'TOTAL-ROWS',
    ]);
  });

  it('checks the 勾稽关系 per column: new + carried over = handled + carried to next year', () => {
    const report = reportOf('2021', { ...applications, 'T21.B.A4.LP_COM': 4, 'T21.B.A4.TOT': 16 });
    const balance = validateReport(report).filter((violation) => violation.ruleId === 'BALANCE');
    expect(balance).toHaveLength(2);
    expect(balance[0].message).toContain('勾稽关系不成立');
  });

  it('checks each row total of Table C (复议 and 诉讼)', () => {
    const report = reportOf('2021', { 'T21.C.FY.KEEP': 3, 'T21.C.FY.CORR': 1, 'T21.C.FY.TOT': 5 });
    const [violation] = validateReport(report).filter(ofSeverity('HARD'));
    expect(violation).toMatchObject({ ruleId: 'TOTAL-COLUMNS', expected: 4, actual: 5 });
    expect(violation.message).toContain('行政复议·总计');
  });

  it('reports a blank total with filled parts as its own SOFT finding, not as an arithmetic error', () => {
    const report = reportOf('legacy', { 'L.L3_2': null, 'L.L3_2_1': 75, 'L.L3_2_2': 0 });
    const violations = validateReport(report);
    expect(violations.filter(ofSeverity('HARD'))).toEqual([]);
    expect(violations.find((violation) => violation.ruleId === 'TOTAL-BLANK')).toMatchObject({
      severity: 'SOFT',
      cells: ['L.L3_2'],
      expected: 75,
      actual: null,
    });
  });

  it('treats a blank part as 0 when the total is filled, and tells the user to write 0', () => {
    const report = reportOf('2021', {
      ...applications,
      'T21.B.R2.LP_COM': null,
      'T21.B.R2.TOT': 3,
      'T21.B.R7.LP_COM': 3,
      'T21.B.R7.TOT': 21,
      'T21.B.A4.LP_COM': 2,
      'T21.B.A4.TOT': 6,
    });
    const violations = validateReport(report);
    expect(violations.filter(ofSeverity('HARD'))).toEqual([]);
    const notFilled = violations.find((violation) => violation.ruleId === 'NOT-FILLED');
    expect(notFilled).toMatchObject({ severity: 'INFO', cells: ['T21.B.R2.LP_COM'] });
  });

  it('accepts negative 本年增/减 but not negative or fractional counts', () => {
    const report = reportOf('2019', {
      'T19.A.20_5.XK.PREV': 10,
      'T19.A.20_5.XK.DELTA': -3,
      'T19.A.20_5.XK.DEC': 7,
      'T19.A.20_6.CF.DEC': -1,
      'T19.A.20_6.QZ.DEC': 1.5,
    });
    const hard = validateReport(report).filter(ofSeverity('HARD'));
    expect(hard.map((violation) => violation.cells[0]).sort()).toEqual([
      'T19.A.20_6.CF.DEC',
      'T19.A.20_6.QZ.DEC',
    ]);
    expect(hard.every((violation) => violation.ruleId === 'VALUE-KIND')).toBe(true);
  });

  it('checks “其中” subsets in the legacy table', () => {
    const report = reportOf('legacy', { 'L.L2_2_1': 1, 'L.L2_2_1a': 2 });
    const [violation] = validateReport(report).filter(ofSeverity('HARD'));
    expect(violation).toMatchObject({ ruleId: 'SUBSET', expected: 1, actual: 2 });
  });

  it('lists HARD findings before SOFT and INFO ones', () => {
    const report = reportOf('2021', { 'T21.C.FY.TOT': 1, 'T21.A.20_1.GZ.MADE': null });
    const severities = validateReport(report).map((violation) => violation.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['HARD', 'SOFT', 'INFO'].indexOf(a) - ['HARD', 'SOFT', 'INFO'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('HARD');
  });
});

describe('validateReport — plausibility', () => {
  it('warns when a township reports 规章', () => {
    const report = reportOf(
      '2021',
      { 'T21.A.20_1.GZ.MADE': 2, 'T21.A.20_1.GZ.VALID': 2 },
      { agencyLevel: 'township' },
    );
    expect(validateReport(report).find((violation) => violation.ruleId === 'RULES-LEVEL')).toMatchObject({
      severity: 'SOFT',
    });
    expect(
      validateReport({ ...report, agencyLevel: 'city-government' }).find(
        (violation) => violation.ruleId === 'RULES-LEVEL',
      ),
    ).toBeUndefined();
  });

  it('warns when a 2022 report uses the 2019 tables', () => {
    const violation = validateReport(reportOf('2019', {}, { reportYear: 2022 })).find(
      (found) => found.ruleId === 'FORMAT-YEAR',
    );
    expect(violation?.message).toContain('2022 年度报告应使用《中华人民共和国政府信息公开工作年度报告格式》');
  });

  it('flags a procurement amount that looks typed in 元 (seed 004: 38 万元 for 167 projects)', () => {
    const report = reportOf('2019', { 'T19.A.20_9.CG.CNT': 167, 'T19.A.20_9.CG.AMT': 38 });
    expect(validateReport(report).find((violation) => violation.ruleId === 'T19-PURCHASE')).toBeDefined();
    const plausible = reportOf('2019', { 'T19.A.20_9.CG.CNT': 48, 'T19.A.20_9.CG.AMT': 253.2358 });
    expect(
      validateReport(plausible).find((violation) => violation.ruleId === 'T19-PURCHASE'),
    ).toBeUndefined();
  });

  it('flags a department’s fee of 100 万元 or more but not a procurement total of that size', () => {
    const fees = reportOf('2021', { 'T21.A.20_8.SF.AMT': 3500 }, { agencyLevel: 'county-department' });
    expect(validateReport(fees).find((violation) => violation.ruleId === 'AMOUNT-UNIT')?.message).toContain(
      '3500 万元',
    );
    const purchase = reportOf(
      '2019',
      { 'T19.A.20_9.CG.CNT': 48, 'T19.A.20_9.CG.AMT': 253.2358 },
      { agencyLevel: 'county-department' },
    );
    expect(validateReport(purchase).find((violation) => violation.ruleId === 'AMOUNT-UNIT')).toBeUndefined();
  });

  it('flags a 万元 amount with more than four decimals', () => {
    const report = reportOf('2021', { 'T21.A.20_8.SF.AMT': 1234.56789 });
    expect(validateReport(report).find((violation) => violation.ruleId === 'AMOUNT-UNIT')).toBeDefined();
  });
});

describe('validateReport — against last year', () => {
  const lastYear = reportOf(
    '2019',
    consistentApplications('T19', { NP: [10, 0, 5, 1, 1], LP_LAW: [3, 0, 1, 0, 0] }),
    { reportYear: 2020 },
  );

  it('checks 上年结转 against last year’s 结转下年度 column by column, across 2020 (2019 format) → 2021', () => {
    const matching = reportOf(
      '2021',
      consistentApplications('T21', { NP: [4, 3, 7, 0, 0], LP_LAW: [0, 2, 2, 0, 0] }),
      { reportYear: 2021 },
    );
    expect(
      validateReport(matching, { previous: lastYear }).filter(
        (violation) => violation.ruleId === 'XY-CARRYOVER',
      ),
    ).toEqual([]);

    const wrong = reportOf(
      '2021',
      consistentApplications('T21', { NP: [4, 2, 6, 0, 0], LP_LAW: [0, 2, 2, 0, 0] }),
      { reportYear: 2021 },
    );
    const carryOver = validateReport(wrong, { previous: lastYear }).filter(
      (violation) => violation.ruleId === 'XY-CARRYOVER',
    );
    expect(carryOver.map((violation) => violation.cells[0]).sort()).toEqual(['T21.B.A2.NP', 'T21.B.A2.TOT']);
    expect(carryOver[0]).toMatchObject({ expected: 3, actual: 2, severity: 'SOFT' });
    expect(carryOver[0].message).toContain('上年报告「四、结转下年度继续办理·自然人」');
  });

  it('does not run cross-year rules without last year’s report', () => {
    const wrong = reportOf('2021', consistentApplications('T21', { NP: [4, 2, 6, 0, 0] }));
    expect(validateReport(wrong).filter((violation) => violation.ruleId.startsWith('XY-'))).toEqual([]);
  });

  it('checks the continuity of 现行有效件数', () => {
    const previous = reportOf(
      '2021',
      { 'T21.A.20_1.GF.VALID': 20, 'T21.A.20_1.GF.MADE': 3 },
      { reportYear: 2022 },
    );
    const current = reportOf(
      '2021',
      { 'T21.A.20_1.GF.MADE': 5, 'T21.A.20_1.GF.REP': 2, 'T21.A.20_1.GF.VALID': 25 },
      { reportYear: 2023 },
    );
    const [violation] = validateReport(current, { previous }).filter((found) => found.ruleId === 'XY-VALID');
    expect(violation).toMatchObject({ expected: 23, actual: 25 });
    const consistent = { ...current, values: { ...current.values, 'T21.A.20_1.GF.VALID': 23 } };
    expect(validateReport(consistent, { previous }).filter((found) => found.ruleId === 'XY-VALID')).toEqual(
      [],
    );
  });

  it('warns about a tenfold jump of applications received', () => {
    const previous = reportOf('legacy', { 'L.L3_1': 12, 'L.L3_1_3': 12, 'L.L3_2': 0 });
    const current = reportOf('legacy', { 'L.L3_1': 150, 'L.L3_1_3': 150 });
    const jump = validateReport(current, { previous }).find((violation) => violation.ruleId === 'XY-JUMP');
    expect(jump?.message).toContain('由上年的 12 变为 150');
  });
});

describe('validateReport — every format', () => {
  it.each(['legacy', '2019', '2021'] as const)(
    'accepts an all-zero %s report without a HARD or SOFT finding',
    (formatId) => {
      const violations = validateReport(reportOf(formatId));
      expect(violations.filter((violation) => violation.severity !== 'INFO')).toEqual([]);
    },
  );

  it.each(['legacy', '2019', '2021'] as const)('names every cell of a %s report in Chinese', (formatId) => {
    for (const cell of listCells(formatId)) expect(cell.displayName).toMatch(/[\u4e00-\u9fa5]/);
  });
});
