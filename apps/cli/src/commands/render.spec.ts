import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPublishedReport } from '@nianbao/report-import';
import { unzipSync } from 'fflate';
import { runCli, scratchDir, seed } from '../../test/run-cli';

jest.setTimeout(60000);

interface CheckJson {
  agency: string;
  cells: { code: string; value: number | null }[];
  narrative?: unknown;
}

async function checkJson(prefix: string): Promise<CheckJson> {
  const checked = await runCli(['check', seed(prefix), '--json']);
  return JSON.parse(checked.stdout) as CheckJson;
}

async function readBack(dir: string, fileName: string) {
  return importPublishedReport({ fileName, data: readFileSync(join(dir, fileName)) });
}

describe('nianbao render', () => {
  it('renders check --json with its narrative as Word and as a web page whose tables read back the same', async () => {
    const dir = scratchDir();
    const report = await checkJson('004');
    report.narrative = {
      sections: [
        {
          title: '一、总体情况',
          subsections: [{ title: '（一）主动公开', text: '全年主动公开政府信息四万余条。' }],
        },
        { id: 'other', blocks: [{ type: 'paragraph', text: '本年度未收取信息处理费。' }] },
      ],
    };
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    for (const output of ['report.docx', 'report.html']) {
      expect(await runCli(['render', 'report.json', '-o', output], dir)).toMatchObject({
        status: 0,
        stdout: `已生成 1 份报告：${output}\n`,
      });
      const back = await readBack(dir, output);
      expect(back.agency).toBe(report.agency);
      for (const cell of report.cells) expect(back.values[cell.code]).toBe(cell.value);
      expect(back.narrative).toContain('本年度未收取信息处理费。');
    }
  });

  it('prints a PDF whose tables read back the same, and warns about text that contradicts the tables', async () => {
    const dir = scratchDir();
    const report = await checkJson('000');
    report.narrative = '一、依申请公开\n2018年度共受理依申请公开政务信息75件，部分公开和不予公开的6件。';
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    const run = await runCli(['render', 'report.json', '-o', 'report.pdf'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('提示');
    const back = await readBack(dir, 'report.pdf');
    for (const cell of report.cells) expect(back.values[cell.code]).toBe(cell.value);
  });

  it('renders several reports as one zip, one folder per report with its .docx, .html and .pdf', async () => {
    const dir = scratchDir();
    const checked = await runCli(['check', seed('001'), seed('003'), '--json']);
    writeFileSync(join(dir, 'reports.json'), checked.stdout);
    expect(await runCli(['render', 'reports.json', '-o', 'reports.zip'], dir)).toMatchObject({
      status: 0,
      stdout: '已生成 2 份报告：reports.zip\n',
    });
    const files = Object.keys(unzipSync(readFileSync(join(dir, 'reports.zip'))));
    expect(files).toEqual([
      '宁波市海曙区人民政府2018年政府信息公开工作年度报告/宁波市海曙区人民政府2018年政府信息公开工作年度报告.docx',
      '宁波市海曙区人民政府2018年政府信息公开工作年度报告/宁波市海曙区人民政府2018年政府信息公开工作年度报告.html',
      '宁波市海曙区人民政府2018年政府信息公开工作年度报告/宁波市海曙区人民政府2018年政府信息公开工作年度报告.pdf',
      '宝山区规划和自然资源局2019年政府信息公开工作年度报告/宝山区规划和自然资源局2019年政府信息公开工作年度报告.docx',
      '宝山区规划和自然资源局2019年政府信息公开工作年度报告/宝山区规划和自然资源局2019年政府信息公开工作年度报告.html',
      '宝山区规划和自然资源局2019年政府信息公开工作年度报告/宝山区规划和自然资源局2019年政府信息公开工作年度报告.pdf',
    ]);
  });

  it('refuses what it cannot render with a Chinese message (exit 2)', async () => {
    const dir = scratchDir();
    const report = await checkJson('003');
    writeFileSync(join(dir, 'two.json'), [report, report].map((entry) => JSON.stringify(entry)).join('\n'));
    expect(await runCli(['render', 'two.json', '-o', 'out.docx'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('一次生成多份请输出为 .zip'),
    });
    expect(await runCli(['render', 'two.json', '-o', 'out.txt'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('请用 .docx、.pdf、.html 或 .zip 结尾的文件名'),
    });
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...report, narrative: { sections: [{ title: '七、附录' }] } }),
    );
    expect(await runCli(['render', 'bad.json', '-o', 'out.html'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('“七、附录”不是格式规定的部分'),
    });
  });
});
