import { consistentApplications, reportOf } from '../test/report-builders';
import { consolidate } from './consolidate';
import { validateReport } from './rules/validate';

describe('consolidate (汇总)', () => {
  const township = reportOf('2021', consistentApplications('T21', { NP: [4, 1, 3, 1, 0] }), {
    agency: '甲镇',
  });
  const bureau = reportOf(
    '2021',
    {
      ...consistentApplications('T21', { NP: [10, 0, 8, 0, 1], LP_COM: [2, 0, 2, 0, 0] }),
      'T21.A.20_8.SF.AMT': 1.2345,
    },
    { agency: '区交通运输局' },
  );
  const street = reportOf('2021', { 'T21.A.20_8.SF.AMT': 0.0001, 'T21.B.A1.NP': null }, { agency: '乙街道' });

  it('sums every cell and counts how many reports filled it', () => {
    const summary = consolidate([township, bureau, street]);
    expect(summary.reportCount).toBe(3);
    expect(summary.values['T21.B.A1.NP']).toBe(14);
    expect(summary.contributors['T21.B.A1.NP']).toBe(2);
    expect(summary.values['T21.B.A1.TOT']).toBe(16);
    expect(summary.contributors['T21.B.A1.TOT']).toBe(3);
    expect(summary.values['T21.A.20_8.SF.AMT']).toBe(1.2346);
  });

  it('keeps a cell blank when no report filled it', () => {
    const summary = consolidate([reportOf('2021', { 'T21.C.FY.KEEP': null })]);
    expect(summary.values['T21.C.FY.KEEP']).toBeNull();
    expect(summary.contributors['T21.C.FY.KEEP']).toBe(0);
  });

  it('gives a consolidated report whose identities hold when each report’s do', () => {
    const summary = consolidate([township, bureau]);
    const hard = validateReport({ formatId: '2021', values: summary.values }).filter(
      (v) => v.severity === 'HARD',
    );
    expect(hard).toEqual([]);
  });

  it('refuses to mix formats, in Chinese', () => {
    expect(() => consolidate([township, reportOf('2019', {}, { agency: '丙局' })])).toThrow(
      '只能汇总同一格式的报告：丙局',
    );
  });
});
