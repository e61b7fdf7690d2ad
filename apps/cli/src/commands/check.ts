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
import { fileFailure } from '../file-failure';
import { toCheckJson, type CheckResult } from '../output/check-json';
import { formatCheckText } from '../output/check-text';
import { isNotCheckable } from '../output/not-checkable';
import { parseOptions } from '../options';
import { loadReportFile } from '../report-file';

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
    return await loadReportFile(resolve(cwd, path));
  } catch (error) {
    throw new Error(`上年报告 ${path} 无法读取：${fileFailure(error).message}`);
  }
}

/** Reads and checks one file; whatever goes wrong becomes that file's failure, never the batch's. */
async function checkFile(
  file: string,
  cwd: string,
  context: { level: AgencyLevel | null; previous: ReportData | null },
): Promise<{ result: CheckResult; status: number }> {
  try {
    const loaded = await loadReportFile(resolve(cwd, file));
    const report: ReportData = { ...loaded, agencyLevel: context.level ?? guessAgencyLevel(loaded.agency) };
    const violations = validateReport(report, { previous: context.previous });
    // A rule that could not be checked for want of a cell is not the report's error.
    const blocking = hasBlockingViolation(violations.filter((violation) => !isNotCheckable(violation)));
    return {
      result: { file, report, violations, unreadable: loaded.unreadable, notes: loaded.notes },
      status: blocking ? EXIT.hardViolation : EXIT.ok,
    };
  } catch (error) {
    return { result: { file, error: fileFailure(error) }, status: EXIT.unreadable };
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: '识别表格格式、提取统计表数值并逐项检查勾稽关系等规则（.txt / .html / .docx / .pdf / .xlsx）',
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

    // The exit status is the worst of the files': an unreadable file (2) outranks a HARD violation (1).
    let status: number = EXIT.ok;
    let unreadableFiles = 0;
    for (const file of files) {
      const checked = await checkFile(file, io.cwd, { level, previous });
      status = Math.max(status, checked.status);
      if (checked.status === EXIT.unreadable) unreadableFiles += 1;
      io.stdout(
        options.json ? `${JSON.stringify(toCheckJson(checked.result))}\n` : formatCheckText(checked.result),
      );
    }
    if (!options.json && files.length > 1) {
      const failed = unreadableFiles ? `，其中 ${unreadableFiles} 个无法读取` : '';
      io.stdout(`共检查 ${files.length} 个文件${failed}。\n`);
    }
    return status;
  },
};
