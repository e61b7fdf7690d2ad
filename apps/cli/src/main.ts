import type { CommandIo } from './command';
import { EXIT } from './command';
import { COMMANDS } from './commands';

function help(io: CommandIo): void {
  io.stdout('nianbao — 政府信息公开工作年度报告工具\n\n用法：\n');
  for (const command of COMMANDS) io.stdout(`  ${command.usage}\n      ${command.summary}\n`);
}

const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`未知命令“${name}”。\n`);
    help(io);
    return EXIT.unreadable;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // Arguments errors from parseArgs and anything unforeseen: a message, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`nianbao ${name}：${message}\n用法：${command.usage}\n`);
    return EXIT.unreadable;
  }
}
