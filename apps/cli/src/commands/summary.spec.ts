import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importWorkbook } from '@nianbao/excel';
import { consolidate } from '@nianbao/rules';
import { runCli, scratchDir, seed } from '../../test/run-cli';

jest.setTimeout(30000);

describe('nianbao summary', () => {
  it('sums workbooks and published reports of one format into a 汇总 workbook', async () => {
    const dir = scratchDir();
    const checked = await runCli(['check', seed('000'), '--json']);
    writeFileSync(join(dir, '000.json'), checked.stdout);
    expect(await runCli(['export', '000.json', '-o', '000.xlsx'], dir)).toMatchObject({ status: 0 });
    const run = await runCli(
      ['summary', '000.xlsx', seed('001'), seed('002'), '-o', '汇总.xlsx', '--agency', '全市汇总'],
      dir,
    );
    expect(run).toMatchObject({ status: 0, stdout: '已汇总 3 份报告：汇总.xlsx\n' });
    const parts = await Promise.all(
      [seed('000'), seed('001'), seed('002')].map(async (file) => {
        const json = JSON.parse((await runCli(['check', file, '--json'])).stdout);
        return {
          formatId: json.template,
          values: Object.fromEntries(
            json.cells.map((cell: { code: string; value: number | null }) => [cell.code, cell.value]),
          ),
        };
      }),
    );
    const summary = await importWorkbook(readFileSync(join(dir, '汇总.xlsx')));
    expect(summary.agency).toBe('全市汇总');
    expect(summary.values).toEqual(consolidate(parts).values);
  });

  it('refuses with exit 2 when a file is not a workbook, naming the file', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'photo.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const run = await runCli(['summary', 'photo.xlsx', seed('000'), '-o', 'x.xlsx'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('photo.xlsx：文件内容是图片（PNG），不是 Excel 工作簿');
  });

  it('refuses reports of different formats', async () => {
    const run = await runCli(['summary', seed('000'), seed('003'), '-o', 'x.xlsx'], scratchDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('只能汇总同一格式的报告');
  });
});
