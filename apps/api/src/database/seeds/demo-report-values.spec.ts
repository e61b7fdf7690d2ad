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
});
