import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FORMAT_IDS, formatForYear, getFormat, isFormatId, listCells } from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';

function yearOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2008 || year > 2100)
    throw new Error(`--year 应为四位数年份，如 2025，收到“${value}”`);
  return year;
}

export const templateCommand: Command = {
  name: 'template',
  summary: '生成可在 Excel/WPS 中填写的统计表模板（.xlsx）',
  usage: 'nianbao template legacy|2019|2021 [--agency 单位名称] [--year 2025] -o 模板.xlsx',
  async run(args, io) {
    const { values: options, positionals } = parseOptions(args, {
      agency: { type: 'string' },
      year: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    const [formatId] = positionals;
    if (!isFormatId(formatId)) throw new Error(`请指定表格格式：${FORMAT_IDS.join('、')}`);
    if (!options.output) throw new Error('请用 -o 指定输出文件，如 -o 模板.xlsx');
    const reportYear = yearOption(options.year);
    if (reportYear !== null && formatForYear(reportYear) !== formatId) {
      io.stderr(
        `注意：${reportYear} 年度应使用 ${formatForYear(reportYear)} 格式，这里按要求生成 ${formatId} 格式。\n`,
      );
    }
    const path = resolve(io.cwd, options.output);
    const { createTemplate } = await import('@nianbao/excel');
    await writeFile(path, await createTemplate(formatId, { agency: options.agency, reportYear }));
    io.stdout(
      `已生成《${getFormat(formatId).name}》模板：${options.output}（${listCells(formatId).length} 个填报单元格）\n`,
    );
    return EXIT.ok;
  },
};
