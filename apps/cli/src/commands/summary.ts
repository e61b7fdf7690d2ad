import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { exportSummary } from '@nianbao/excel';
import type { ReportData } from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';
import { loadReportFile, UnreadableReportError } from '../report-file';
import { InvalidReportJsonError, parseReportJson } from '../report-json';

/** Reports in a file: a `check --json` result, or anything `check` reads (workbooks, .txt/.html/.docx/.pdf). */
async function reportsIn(path: string): Promise<ReportData[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return parseReportJson(await readFile(path, 'utf8'), basename(path));
  const loaded = await loadReportFile(path);
  return [{ ...loaded, agency: loaded.agency ?? basename(path, extension) }];
}

export const summaryCommand: Command = {
  name: 'summary',
  summary: '把多个单位的报告汇总为一个 Excel 工作簿（汇总表 + 目录 + 各单位表）',
  usage: 'nianbao summary 文件… -o 汇总.xlsx [--agency 汇总单位名称] [--year 2025]',
  async run(args, io) {
    const { values: options, positionals: files } = parseOptions(args, {
      output: { type: 'string', short: 'o' },
      agency: { type: 'string' },
      year: { type: 'string' },
    });
    if (!files.length)
      throw new Error('请给出要汇总的报告文件（.xlsx、check --json 的 .json 或 .txt/.html/.docx）');
    if (!options.output) throw new Error('请用 -o 指定输出文件，如 -o 汇总.xlsx');
    const reports: ReportData[] = [];
    let status: number = EXIT.ok;
    for (const file of files) {
      try {
        reports.push(...(await reportsIn(resolve(io.cwd, file))));
      } catch (error) {
        const readable = [InvalidReportJsonError, UnreadableReportError].some(
          (kind) => error instanceof kind,
        );
        if (!readable && (error as { code?: string }).code !== 'ENOENT') throw error;
        io.stderr(`${file}：${readable ? (error as Error).message : '找不到该文件'}\n`);
        status = EXIT.unreadable;
      }
    }
    if (status !== EXIT.ok) {
      io.stderr('有文件无法读取，未生成汇总。\n');
      return status;
    }
    const year = options.year === undefined ? null : Number(options.year);
    const data = await exportSummary(reports, { agency: options.agency ?? null, reportYear: year });
    await writeFile(resolve(io.cwd, options.output), data);
    io.stdout(`已汇总 ${reports.length} 份报告：${options.output}\n`);
    return EXIT.ok;
  },
};
