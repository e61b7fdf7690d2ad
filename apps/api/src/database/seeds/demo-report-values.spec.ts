import { listCells, validateReport } from '@nianbao/rules';
import { demoValues2021 } from './demo-report-values';

describe('demo report values', () => {
  const cells = listCells('2021').map((cell) => cell.code);

  it('fill every cell of the 2021 table', () => {
    expect(Object.keys(demoValues2021(1)).sort()).toEqual([...cells].sort());
  });

  it.each([1, 2, 3, 17, 99])(
    'raise no HARD or SOFT finding, the cross-year checks included (seed %i)',
    (seed) => {
      const lastYear = demoValues2021(seed + 1000);
      const thisYear = demoValues2021(seed, lastYear);
      const previous = {
        formatId: '2021' as const,
        reportYear: 2024,
        agencyLevel: 'township' as const,
        values: lastYear,
      };
      const violations = validateReport(
        { formatId: '2021', reportYear: 2025, agencyLevel: 'township', values: thisYear },
        { previous },
      );
      expect(violations.filter((violation) => violation.severity !== 'INFO')).toEqual([]);
    },
  );

  it.each([1, 2, 3, 17, 99])(
    'history built backwards from a year carries into it without a finding (seed %i)',
    (seed) => {
      const nextYear = demoValues2021(seed);
      const history = demoValues2021(seed + 500, undefined, { next: nextYear, applicationsScale: 3 });
      const violations = validateReport(
        { formatId: '2021', reportYear: 2025, agencyLevel: 'township', values: nextYear },
        { previous: { formatId: '2021', reportYear: 2024, agencyLevel: 'township', values: history } },
      );
      expect(violations.filter((violation) => violation.severity !== 'INFO')).toEqual([]);
      expect(
        validateReport({
          formatId: '2021',
          reportYear: 2024,
          agencyLevel: 'township',
          values: history,
        }).filter((violation) => violation.severity !== 'INFO'),
      ).toEqual([]);
    },
  );
});
