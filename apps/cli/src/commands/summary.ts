import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { ReportData } from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { fileFailure } from '../file-failure';
import { parseOptions } from '../options';
import { loadReportFile, UnreadableReportError } from '../report-file';
import { InvalidReportJsonError, parseReportJson } from '../report-json';

/** Reports in a file: a `check --json` result, or anything `check` reads (workbooks, .txt/.html/.docx/.pdf). */
async function reportsIn(path: string): Promise<ReportData[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new UnreadableReportError('FILE_NOT_FOUND', '找不到该文件') : error;
    });
    return parseReportJson(text, basename(path));
  }
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
        // Every file is tried, so one run names all the files to fix.
        const message = error instanceof InvalidReportJsonError ? error.message : fileFailure(error).message;
        io.stderr(`${file}：${message}\n`);
        status = EXIT.unreadable;
      }
    }
    if (status !== EXIT.ok) {
      io.stderr('有文件无法读取，未生成汇总。\n');
      return status;
    }
    const year = options.year === undefined ? null : Number(options.year);
    const { exportSummary } = await import('@nianbao/excel');
    const data = await exportSummary(reports, { agency: options.agency ?? null, reportYear: year });
    await writeFile(resolve(io.cwd, options.output), data);
    io.stdout(`已汇总 ${reports.length} 份报告：${options.output}\n`);
    return EXIT.ok;
  },
};
