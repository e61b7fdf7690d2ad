import type { Command } from '../command';
import { auditCommand } from './audit';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { renderCommand } from './render';
import { rulesCommand } from './rules';
import { summaryCommand } from './summary';
import { templateCommand } from './template';

/**
 * Every command of `nianbao`; a new command is one file in this folder and one line here. A command loads its heavy
 * libraries (exceljs, @nianbao/excel, @nianbao/publish) inside `run`, so that listing them here costs nothing and
 * `nianbao check page.html` starts in a fraction of a second.
 */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  rulesCommand,
  auditCommand,
  templateCommand,
  exportCommand,
  summaryCommand,
  renderCommand,
];
