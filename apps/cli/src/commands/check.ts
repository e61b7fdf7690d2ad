import { resolve } from 'node:path';
import {
  AGENCY_LEVELS,
  type AgencyLevel,
  guessAgencyLevel,
  hasBlockingViolation,
  type ReportData,
  validateReport,
} from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { formatCheckText } from '../output/check-text';
import { toCheckJson, type CheckResult } from '../output/check-json';
import { parseOptions } from '../options';
import { loadReportFile, UnreadableReportError } from '../report-file';

const LEVELS = Object.keys(AGENCY_LEVELS) as AgencyLevel[];

function levelOption(value: string | undefined): AgencyLevel | null {
  if (value === undefined) return null;
  if (!(LEVELS as string[]).includes(value)) {
    throw new Error(
      `--level 只能是 ${LEVELS.map((level) => `${level}（${AGENCY_LEVELS[level]}）`).join('、')}`,
    );
  }
  return value as AgencyLevel;
}

async function previousReport(path: string | undefined, cwd: string): Promise<ReportData | null> {
  if (!path) return null;
  try {
    const loaded = await loadReportFile(resolve(cwd, path));
    return { ...loaded };
  } catch (error) {
    if (error instanceof UnreadableReportError)
      throw new Error(`上年报告 ${path} 无法读取：${error.message}`);
    throw error;
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: '识别表格格式、提取统计表数值并逐项检查勾稽关系等规则（.txt / .html / .docx / .xlsx）',
  usage: 'nianbao check FILE… [--json] [--previous 上年报告] [--level township|county-department|…]',
  async run(args, io) {
    const { values: options, positionals: files } = parseOptions(args, {
      json: { type: 'boolean', default: false },
      previous: { type: 'string' },
      level: { type: 'string' },
    });
    if (!files.length) throw new Error('请给出要检查的报告文件');
    const level = levelOption(options.level);
    const previous = await previousReport(options.previous, io.cwd);

    let status: number = EXIT.ok;
    for (const file of files) {
      let result: CheckResult;
      try {
        const loaded = await loadReportFile(resolve(io.cwd, file));
        const report: ReportData = { ...loaded, agencyLevel: level ?? guessAgencyLevel(loaded.agency) };
        const violations = validateReport(report, { previous });
        result = { file, report, violations, unreadable: loaded.unreadable, notes: loaded.notes };
        if (hasBlockingViolation(violations) && status === EXIT.ok) status = EXIT.hardViolation;
      } catch (error) {
        if (!(error instanceof UnreadableReportError)) throw error;
        result = { file, error: error.message };
        status = EXIT.unreadable;
      }
      io.stdout(options.json ? `${JSON.stringify(toCheckJson(result))}\n` : formatCheckText(result));
    }
    if (!options.json && files.length > 1) io.stdout(`共检查 ${files.length} 个文件。\n`);
    return status;
  },
};
