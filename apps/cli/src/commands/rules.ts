import { FORMAT_IDS, getFormat, isFormatId, RULES, rulesFor } from '@nianbao/rules';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';

const SEVERITY_TEXT = { HARD: '错误（阻止提交）', SOFT: '需说明', INFO: '提示' } as const;

export const rulesCommand: Command = {
  name: 'rules',
  summary: '列出检查规则（可按表格格式筛选）',
  usage: 'nianbao rules [--template legacy|2019|2021] [--json]',
  async run(args, io) {
    const { values: options } = parseOptions(args, {
      template: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const template = options.template;
    if (template !== undefined && !isFormatId(template)) {
      throw new Error(`--template 只能是 ${FORMAT_IDS.join('、')}`);
    }
    const rules = template ? rulesFor(template).map((entry) => entry.rule) : RULES;
    if (options.json) {
      const listed = rules.map(({ id, severity, title, basis, formats, needsPrevious }) => ({
        id,
        severity,
        title,
        basis,
        formats,
        needsPrevious: !!needsPrevious,
        ...(template
          ? { checks: rulesFor(template).find((entry) => entry.rule.id === id)!.checks.length }
          : {}),
      }));
      io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout(template ? `《${getFormat(template).name}》的检查规则：\n` : '全部检查规则：\n');
    for (const rule of rules) {
      io.stdout(
        `  ${rule.id.padEnd(22)} ${SEVERITY_TEXT[rule.severity]}\u3000${rule.title}${rule.needsPrevious ? '（需上年报告）' : ''}\n`,
      );
    }
    return EXIT.ok;
  },
};
