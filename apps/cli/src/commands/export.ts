import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';
import { InvalidReportJsonError, parseReportJson } from '../report-json';

export const exportCommand: Command = {
  name: 'export',
  summary: '把 check --json 的结果导出为 Excel：一份报告按模板格式，多份报告每个单位一张工作表并附目录',
  usage: 'nianbao export 报告.json -o 报告.xlsx',
  async run(args, io) {
    const { values: options, positionals } = parseOptions(args, { output: { type: 'string', short: 'o' } });
    const [input] = positionals;
    if (!input) throw new Error('请给出 nianbao check --json 生成的 JSON 文件');
    if (!options.output) throw new Error('请用 -o 指定输出文件，如 -o 报告.xlsx');
    const text = await readFile(resolve(io.cwd, input), 'utf8').catch(() => null);
    if (text === null) {
      io.stderr(`${input}：找不到该文件\n`);
      return EXIT.unreadable;
    }
    try {
      const reports = parseReportJson(text, input);
      const { exportReport, exportReportSet } = await import('@nianbao/excel');
      const data = reports.length === 1 ? await exportReport(reports[0]) : await exportReportSet(reports);
      await writeFile(resolve(io.cwd, options.output), data);
      io.stdout(`已导出 ${reports.length} 份报告：${options.output}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof InvalidReportJsonError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT.unreadable;
    }
  },
};
