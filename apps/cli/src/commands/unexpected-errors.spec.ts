import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, runCli, scratchDir, seed } from '../../test/run-cli';

// A bug in a reader or a check, as it surfaces in practice: a TypeError from deep inside, for one file only.
const bug = () => new TypeError("Cannot read properties of undefined (reading 'rows')");

jest.mock('@nianbao/report-import', () => {
  const actual = jest.requireActual('@nianbao/report-import');
  return {
    ...actual,
    importPublishedReport: async (file: { fileName: string }) => {
      if (file.fileName.startsWith('crash')) throw bug();
      return actual.importPublishedReport(file);
    },
  };
});

/** Marks a report whose narrative check throws. */
const CHECK_BUG = '（此句触发正文检查的故障）';

jest.mock('@nianbao/rules', () => {
  const actual = jest.requireActual('@nianbao/rules');
  return {
    ...actual,
    checkNarrative: (narrative: string, ...rest: unknown[]) => {
      if (narrative.includes(CHECK_BUG)) throw bug();
      return actual.checkNarrative(narrative, ...rest);
    },
  };
});

/** A good report, one whose reader fails unexpectedly, and a file that is plainly unreadable. */
function batch(): string {
  const dir = scratchDir();
  copyFileSync(seed('003'), join(dir, 'a-good.txt'));
  copyFileSync(seed('001'), join(dir, 'crash.html'));
  writeFileSync(join(dir, 'empty.txt'), '');
  copyFileSync(seed('004'), join(dir, 'z-good.txt'));
  return dir;
}
const FILES = ['a-good.txt', 'crash.html', 'empty.txt', 'z-good.txt'];

describe('an unexpected error in one file of a batch', () => {
  it('is that file’s failure in check --json; the other files keep their results', async () => {
    const dir = batch();
    const { status, stdout, stderr } = await runCli(['check', ...FILES, '--json'], dir);
    const results = jsonLines(stdout);
    expect(results.map((result) => result.file)).toEqual(FILES);
    expect(results[1]).toEqual({
      file: 'crash.html',
      error: { code: 'UNEXPECTED_ERROR', message: expect.stringContaining('处理该文件时发生意外错误') },
    });
    expect(results[2]).toMatchObject({ error: { code: 'EMPTY_FILE' } });
    expect([results[0].template, results[3].template]).toEqual(['2019', '2019']);
    expect(stderr).toBe('');
    expect(status).toBe(2);
  });

  it('is a Chinese line in check’s text output, without a stack trace', async () => {
    const { stdout } = await runCli(['check', ...FILES], batch());
    expect(stdout).toContain(
      'crash.html\n  无法作为年度报告读取：处理该文件时发生意外错误（Cannot read properties',
    );
    expect(stdout.match(/结论：/g)).toHaveLength(2);
    expect(stdout).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('is listed among audit’s failures, whether reading or checking the report failed', async () => {
    const dir = batch();
    writeFileSync(join(dir, 'm-check-bug.txt'), `${readFileSync(seed('002'), 'utf8')}\n${CHECK_BUG}\n`);
    const { status, stdout } = await runCli(['audit', dir, '--json']);
    const json = JSON.parse(stdout) as {
      reports: { file: string }[];
      failures: { file: string; error: string }[];
    };
    expect(json.reports.map((report) => report.file.split('/').pop()).sort()).toEqual([
      'a-good.txt',
      'z-good.txt',
    ]);
    expect(json.failures.map((failure) => [failure.file.split('/').pop(), failure.error])).toEqual([
      ['crash.html', expect.stringContaining('意外错误')],
      ['empty.txt', expect.stringContaining('空')],
      ['m-check-bug.txt', expect.stringContaining('意外错误')],
    ]);
    expect(status).toBe(2);
  });

  it('is named by summary together with every other unreadable file', async () => {
    const { status, stderr } = await runCli(['summary', ...FILES, '-o', '汇总.xlsx'], batch());
    expect(stderr).toContain('crash.html：处理该文件时发生意外错误');
    expect(stderr).toContain('empty.txt：文件是空的');
    expect(stderr).toContain('有文件无法读取，未生成汇总。');
    expect(status).toBe(2);
  });
});
