import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportReport } from '@nianbao/excel';
import { listCells, type ReportValues } from '@nianbao/rules';
import { jsonLines, runCli, scratchDir } from '../../test/run-cli';

function zeros(): ReportValues {
  return Object.fromEntries(listCells('2021').map((cell) => [cell.code, 0]));
}

async function workbookFile(values: ReportValues): Promise<string> {
  const file = join(scratchDir(), '年报.xlsx');
  writeFileSync(
    file,
    await exportReport({ formatId: '2021', reportYear: 2025, agency: '示范市甲镇人民政府', values }),
  );
  return file;
}

describe('nianbao check on Excel workbooks', () => {
  it('reads a filled workbook with the same output as a text report', async () => {
    const values = {
      ...zeros(),
      'T21.B.A1.NP': 5,
      'T21.B.A1.TOT': 5,
      'T21.B.R1.NP': 5,
      'T21.B.R1.TOT': 5,
      'T21.B.R7.NP': 5,
      'T21.B.R7.TOT': 5,
    };
    const { status, stdout } = await runCli(['check', await workbookFile(values), '--json']);
    const [result] = jsonLines(stdout) as {
      template: string;
      reportYear: number;
      agency: string;
      cells: { code: string; value: number }[];
      violations: unknown[];
    }[];
    expect(status).toBe(0);
    expect(result).toMatchObject({
      template: '2021',
      reportYear: 2025,
      agency: '示范市甲镇人民政府',
      violations: [],
    });
    expect(result.cells.find((cell) => cell.code === 'T21.B.A1.NP')?.value).toBe(5);
  });

  it('exits 1 on a broken identity in a workbook', async () => {
    const values = { ...zeros(), 'T21.B.A1.NP': 5, 'T21.B.A1.TOT': 4 };
    const { status, stdout } = await runCli(['check', await workbookFile(values)]);
    expect(status).toBe(1);
    expect(stdout).toContain('[TOTAL-COLUMNS]');
  });

  it('exits 2 with a Chinese message for an old .xls file', async () => {
    const file = join(scratchDir(), 'old.xls');
    writeFileSync(
      file,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const { status, stdout } = await runCli(['check', file]);
    expect(status).toBe(2);
    expect(stdout).toMatch(/无法作为年度报告读取：.*xlsx/);
  });
});
