/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export interface Command {
  name: string;
  /** One line, Chinese, shown by `nianbao help`. */
  summary: string;
  usage: string;
  /** Resolves to the process exit status. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, hardViolation: 1, unreadable: 2 } as const;
