import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/main';

export const SEEDS = resolve(__dirname, '../../../../shared/fixtures/seeds');
export const seed = (prefix: string) => join(SEEDS, `${prefix}${SEED_SUFFIX[prefix]}.txt`);
const SEED_SUFFIX: Record<string, string> = {
  '000': '_b55ee0d3163912f6',
  '001': '_ea52101856a8af1f',
  '002': '_7c30735b49d55434',
  '003': '_d700c24dbd5bf299',
  '004': '_ecd5872fd256d62d',
};

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
}

/** Runs the command in-process, as `nianbao …` would, capturing its output. */
export async function runCli(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { status, stdout, stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}
