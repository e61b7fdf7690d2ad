import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importWorkbook } from '@nianbao/excel';
import { runCli, scratchDir } from '../../test/run-cli';

describe('nianbao template', () => {
  it('writes a fillable template that names the agency and year', async () => {
    const dir = scratchDir();
    const run = await runCli(
      ['template', '2021', '--agency', '某某镇人民政府', '--year', '2025', '-o', '模板.xlsx'],
      dir,
    );
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('已生成《中华人民共和国政府信息公开工作年度报告格式》模板：模板.xlsx');
    const imported = await importWorkbook(readFileSync(join(dir, '模板.xlsx')));
    expect(imported).toMatchObject({
      formatId: '2021',
      agency: '某某镇人民政府',
      reportYear: 2025,
      matchedBy: 'template',
    });
  });

  it('warns when the year calls for another format, and refuses an unknown format or a bad year', async () => {
    const dir = scratchDir();
    const mismatch = await runCli(['template', '2019', '--year', '2023', '-o', 'a.xlsx'], dir);
    expect(mismatch.status).toBe(0);
    expect(mismatch.stderr).toContain('2023 年度应使用 2021 格式');
    expect(await runCli(['template', '2020', '-o', 'a.xlsx'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('请指定表格格式：legacy、2019、2021'),
    });
    expect(await runCli(['template', 'legacy', '--year', '十八', '-o', 'a.xlsx'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--year 应为四位数年份'),
    });
  });
});
