import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, runCli, scratchDir, seed } from '../../test/run-cli';

/** Seed 001 with its 收到申请数 written out in words: a cell the reader cannot take as a number. */
function reportWithUnreadableTotal(): string {
  const file = join(scratchDir(), 'words.txt');
  writeFileSync(
    file,
    readFileSync(seed('001'), 'utf8').replace(
      /（一）收到申请数\n\t件\n\t150/,
      '（一）收到申请数\n\t件\n\t一百五十',
    ),
  );
  return file;
}

describe('nianbao on a report with a cell it could not read', () => {
  it('check says which identities it could not verify, apart from errors, and exits 0', async () => {
    const { status, stdout } = await runCli(['check', reportWithUnreadableTotal()]);
    expect(stdout).toContain('? 无法读取 （一）收到申请数（“一百五十”）');
    expect(stdout).toMatch(/\? 无法核对 \[NOT-CHECKABLE\] 「合计行等于其各分项之和（逐列）」无法核对/);
    expect(stdout).toMatch(/结论：已读取的数值没有错误；\d+ 处无法核对（未能读取 1 个单元格）/);
    expect(stdout).not.toContain('✗ 错误');
    expect(status).toBe(0);
  });

  it('check --json keeps the findings as INFO, naming the unread cell', async () => {
    const [result] = jsonLines((await runCli(['check', reportWithUnreadableTotal(), '--json'])).stdout) as {
      violations: { ruleId: string; severity: string; cells: string[] }[];
    }[];
    const notCheckable = result.violations.filter((violation) => violation.ruleId === 'NOT-CHECKABLE');
    expect(notCheckable.length).toBeGreaterThan(0);
    for (const violation of notCheckable)
      expect(violation).toMatchObject({ severity: 'INFO', cells: ['L.L3_1'] });
    expect(result.violations.filter((violation) => violation.severity === 'HARD')).toEqual([]);
  });

  it('audit passes the unread cell to the rules too, so it is no HARD finding there either', async () => {
    const { status, stdout } = await runCli(['audit', reportWithUnreadableTotal(), '--json']);
    const [report] = (
      JSON.parse(stdout) as { reports: { findings: { ruleId: string; severity: string }[] }[] }
    ).reports;
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'NOT-CHECKABLE', severity: 'INFO' }),
    );
    expect(report.findings.filter((finding) => finding.severity === 'HARD')).toEqual([]);
    expect(status).toBe(0);
  });
});
