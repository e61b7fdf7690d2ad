import { resolve } from 'node:path';
import { AGENCY_LEVELS, type AgencyLevel } from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';
import { toAuditJson } from '../audit/audit-json';
import { formatAuditText } from '../audit/audit-text';
import { collectFiles } from '../audit/collect-files';
import { runAudit } from '../audit/run-audit';

/** Below this many files the batch is quick enough to need no progress lines. */
const PROGRESS_FROM_FILES = 20;
const DEFAULT_WORKBOOK = '体检.xlsx';

function agencyLevel(value: string | undefined): AgencyLevel | null {
  if (value === undefined) return null;
  if (!(value in AGENCY_LEVELS)) {
    const choices = Object.entries(AGENCY_LEVELS).map(([level, name]) => `${level}（${name}）`);
    throw new Error(`--level 只能是 ${choices.join('、')}`);
  }
  return value as AgencyLevel;
}

function progressReporter(write: (text: string) => void) {
  return (done: number, total: number) => {
    if (total < PROGRESS_FROM_FILES) return;
    const step = Math.max(10, Math.ceil(total / 20));
    if (done % step === 0 || done === total) write(`已读取 ${done}/${total} 个文件…\n`);
  };
}

export const auditCommand: Command = {
  name: 'audit',
  summary:
    '年报体检：批量检查一个文件夹的已发布年报（表格规则、正文与表格是否一致、章节、跨年度衔接），结果写入 Excel',
  usage: 'nianbao audit 文件夹|文件… [-o 体检.xlsx] [--json] [--level township|county-department|…]',
  async run(args, io) {
    const { values: options, positionals: inputs } = parseOptions(args, {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      level: { type: 'string' },
    });
    if (!inputs.length) throw new Error('请给出要体检的文件夹或报告文件');
    const level = agencyLevel(options.level);
    const { files, missing } = await collectFiles(inputs, io.cwd);
    for (const path of missing) io.stderr(`找不到 ${path}，已跳过\n`);
    if (!files.length) throw new Error('没有找到任何文件');

    const result = await runAudit(files, { level, onProgress: progressReporter(io.stderr) });
    const workbook = options.output ?? (options.json ? undefined : DEFAULT_WORKBOOK);
    if (workbook) {
      const path = resolve(io.cwd, workbook);
      // exceljs takes a third of a second to load: only when a workbook is written.
      const { writeAuditWorkbook } = await import('../audit/audit-workbook');
      try {
        await writeAuditWorkbook(result, path);
      } catch (error) {
        throw new Error(`无法写入 ${workbook}：${(error as Error).message}`);
      }
      io.stderr(`体检结果已写入 ${path}\n`);
    }
    io.stdout(options.json ? `${JSON.stringify(toAuditJson(result), null, 2)}\n` : formatAuditText(result));

    if (result.reports.some((audited) => audited.findings.some((finding) => finding.severity === 'HARD'))) {
      return EXIT.hardViolation;
    }
    return result.failures.length || missing.length ? EXIT.unreadable : EXIT.ok;
  },
};
