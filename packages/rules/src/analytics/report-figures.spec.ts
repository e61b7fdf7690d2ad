import { consolidate } from '../consolidate';
import { reportOf } from '../../test/report-builders';
import { extractReportFigures, REPORT_FIGURES } from './report-figures';

describe('extractReportFigures', () => {
  it('reads 新收申请, the outcome groups and 复议/诉讼 from a 2021 table', () => {
    const figures = extractReportFigures(
      reportOf('2021', {
        'T21.B.A1.TOT': 40,
        'T21.B.R1.TOT': 20,
        'T21.B.R3_1.TOT': 1,
        'T21.B.R3_6.TOT': 2,
        'T21.B.R4_1.TOT': 5,
        'T21.B.R4_3.TOT': 1,
        'T21.B.R5_2.TOT': 3,
        'T21.C.FY.TOT': 4,
        'T21.C.FY.CORR': 1,
        'T21.C.SS_ZJ.TOT': 2,
        'T21.C.SS_FY.TOT': 1,
        'T21.C.SS_FY.CORR': 1,
        'T21.A.20_1.GF.MADE': 3,
        'T21.A.20_1.GF.REP': 1,
        'T21.A.20_1.GF.VALID': 17,
        'T21.A.20_8.SF.AMT': 12.34567,
      }),
    );
    expect(figures).toMatchObject({
      received: 40,
      disclosed: 20,
      withheld: 3,
      cannotProvide: 6,
      notProcessed: 3,
      reviews: 4,
      reviewsCorrected: 1,
      lawsuits: 3,
      lawsuitsCorrected: 1,
      normativeMade: 3,
      normativeRepealed: 1,
      normativeValid: 17,
      chargeAmount: 12.3457,
      chargeItems: null,
    });
  });

  it('leaves a figure the legacy table does not hold empty, never 0', () => {
    const figures = extractReportFigures(reportOf('legacy', { 'L.L3_1': 12, 'L.L3_3_1': 2, 'L.L3_3_2': 5 }));
    expect(figures.received).toBe(12);
    expect(figures.disclosed).toBe(7);
    expect(figures.cannotProvide).toBeNull();
    expect(figures.notProcessed).toBeNull();
    expect(figures.licensing).toBeNull();
    expect(figures.normativeRepealed).toBeNull();
  });

  it('leaves a figure empty when one of its cells could not be read, or none is filled', () => {
    const report = reportOf('2021', { 'T21.B.R3_2.TOT': null, 'T21.B.R3_1.TOT': 4, 'T21.B.A1.TOT': null });
    expect(extractReportFigures({ ...report, unreadableCells: ['T21.B.R3_2.TOT'] }).withheld).toBeNull();
    expect(extractReportFigures(report).withheld).toBe(4);
    expect(extractReportFigures(report).received).toBeNull();
    expect(extractReportFigures({ formatId: '2019', values: {} }).received).toBeNull();
  });

  it('sums over reports to the figure of their 汇总', () => {
    const reports = [
      reportOf('2021', { 'T21.B.A1.TOT': 10, 'T21.B.R3_1.TOT': 1, 'T21.B.R3_4.TOT': 2 }),
      reportOf('2021', { 'T21.B.A1.TOT': 7, 'T21.B.R3_4.TOT': null, 'T21.C.FY.TOT': 3 }),
    ];
    const summed = extractReportFigures({ formatId: '2021', values: consolidate(reports).values });
    for (const figure of REPORT_FIGURES) {
      const perReport = reports.map((report) => extractReportFigures(report)[figure.id]);
      const total = perReport.some((value) => value !== null)
        ? perReport.reduce<number>((sum, value) => sum + (value ?? 0), 0)
        : null;
      expect({ figure: figure.id, value: total }).toEqual({ figure: figure.id, value: summed[figure.id] });
    }
  });
});
