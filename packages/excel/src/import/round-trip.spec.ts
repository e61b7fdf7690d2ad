import fc from 'fast-check';
import { FORMAT_IDS, hasBlockingViolation, listCells, validateReport } from '@nianbao/rules';
import type { CellDef, FormatId, ReportValues } from '@nianbao/rules';
import { createTemplate } from '../template/create-template';
import { consistentValues } from '../test-support/consistent-values';
import { openTemplateForFilling } from '../test-support/fill-template';
import { typedValues } from '../test-support/typed-values';
import { importWorkbook } from './import-workbook';

const RUNS = 25;
jest.setTimeout(120000);

function anyValue(cell: CellDef): fc.Arbitrary<number | null> {
  const number =
    cell.kind === 'amount'
      ? fc.integer({ min: -500, max: 100000 }).map((tenThousandths) => tenThousandths / 10000)
      : fc.oneof(
          fc.integer({ min: -20, max: 3000 }),
          fc.integer({ min: -100, max: 100 }).map((n) => n / 4),
        );
  return fc.option(number, { freq: 4 });
}

function anyValues(formatId: FormatId): fc.Arbitrary<ReportValues> {
  return fc.record(Object.fromEntries(listCells(formatId).map((cell) => [cell.code, anyValue(cell)])));
}

describe.each(FORMAT_IDS)('%s: template → fill in Excel → import', (formatId) => {
  const cells = listCells(formatId);
  let fill: Awaited<ReturnType<typeof openTemplateForFilling>>;

  beforeAll(async () => {
    fill = await openTemplateForFilling(await createTemplate(formatId));
  });

  it('a consistent report comes back with exactly the values typed and no blocking violation', async () => {
    await fc.assert(
      fc.asyncProperty(
        consistentValues(formatId).chain((values) =>
          fc.tuple(fc.constant(values), typedValues(cells, values)),
        ),
        async ([values, typed]) => {
          const imported = await importWorkbook(await fill({ ...typed, agency: '某某局', reportYear: 2024 }));
          expect(imported.problems).toEqual([]);
          expect(imported.values).toEqual(values);
          expect(imported).toMatchObject({
            formatId,
            agency: '某某局',
            reportYear: 2024,
            matchedBy: 'template',
          });
          const violations = validateReport({ formatId, values: imported.values });
          expect(hasBlockingViolation(violations)).toBe(false);
          expect(violations).toEqual(validateReport({ formatId, values }));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any values, right or wrong, give exactly the violations the rules compute on the values typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyValues(formatId).chain((values) => fc.tuple(fc.constant(values), typedValues(cells, values))),
        async ([values, typed]) => {
          const imported = await importWorkbook(await fill(typed));
          expect(imported.values).toEqual(values);
          expect(validateReport({ formatId, values: imported.values })).toEqual(
            validateReport({ formatId, values }),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
