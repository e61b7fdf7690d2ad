import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importWorkbook } from '@nianbao/excel';
import { runCli, scratchDir, seed } from '../../test/run-cli';

jest.setTimeout(30000);

describe('nianbao export', () => {
  it('turns the check --json of a published report into a workbook that reads back the same values', async () => {
    const dir = scratchDir();
    const checked = await runCli(['check', seed('003'), '--json']);
    writeFileSync(join(dir, 'report.json'), checked.stdout);
    const run = await runCli(['export', 'report.json', '-o', 'report.xlsx'], dir);
    expect(run).toMatchObject({ status: 0, stdout: '已导出 1 份报告：report.xlsx\n' });
    const expected = JSON.parse(checked.stdout) as {
      cells: { code: string; value: number | null }[];
      agency: string;
    };
    const imported = await importWorkbook(readFileSync(join(dir, 'report.xlsx')));
    expect(imported.formatId).toBe('2019');
    expect(imported.agency).toBe(expected.agency);
    for (const cell of expected.cells) expect(imported.values[cell.code]).toBe(cell.value);
  });

  it('several reports become one sheet each, and a file that is not check output is refused (exit 2)', async () => {
    const dir = scratchDir();
    const checked = await runCli(['check', seed('000'), seed('002'), '--json']);
    writeFileSync(join(dir, 'reports.json'), checked.stdout);
    expect(await runCli(['export', 'reports.json', '-o', 'set.xlsx'], dir)).toMatchObject({ status: 0 });
    writeFileSync(join(dir, 'other.json'), '{"name": "x"}');
    expect(await runCli(['export', 'other.json', '-o', 'x.xlsx'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('不是 nianbao check --json 的输出'),
    });
  });

  it('refuses check output whose file could not be read, quoting check’s reason', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const checked = await runCli(['check', seed('003'), 'empty.txt', '--json'], dir);
    writeFileSync(join(dir, 'batch.json'), checked.stdout);
    expect(await runCli(['export', 'batch.json', '-o', 'x.xlsx'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('batch.json 第 2 份：检查时就无法读取（文件是空的'),
    });
  });
});
