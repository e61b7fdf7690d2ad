import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, runCli, scratchDir, seed, SEEDS } from '../../test/run-cli';

type Json = {
  file: string;
  template: string;
  reportYear: number;
  agency: string | null;
  cells: { code: string; label: string; column: string; value: number | null }[];
  violations: { ruleId: string; severity: string; message: string; cells: string[] }[];
  unreadable: unknown[];
  error?: { code: string; message: string };
};

/** Seed 001 reports 收到申请数 150 = 1 + 0 + 70 + 79; this copy makes the total 151, a HARD violation. */
function brokenSeed(dir: string): string {
  const broken = join(dir, 'broken.txt');
  writeFileSync(
    broken,
    readFileSync(seed('001'), 'utf8').replace(
      /（一）收到申请数\n\t件\n\t150/,
      '（一）收到申请数\n\t件\n\t151',
    ),
  );
  return broken;
}

describe('nianbao check on the real published reports', () => {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(SEEDS, name));

  let results: Json[];
  let status: number;
  beforeAll(async () => {
    const run = await runCli(['check', ...seeds, '--json']);
    status = run.status;
    results = jsonLines(run.stdout) as Json[];
  });

  it('prints one JSON object per file with format, year and every cell', () => {
    expect(results.map((result) => [result.template, result.reportYear])).toEqual([
      ['legacy', 2018],
      ['legacy', 2018],
      ['legacy', 2017],
      ['2019', 2019],
      ['2019', 2020],
    ]);
    expect(results.map((result) => result.cells.length)).toEqual([58, 58, 58, 198, 198]);
  });

  it('labels each cell with its Chinese row path and column', () => {
    const cell = results[3].cells.find((found) => found.code === 'T19.B.R3_4.TOT')!;
    expect(cell).toEqual({
      code: 'T19.B.R3_4.TOT',
      label: '三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益',
      column: '申请人情况 / 总计',
      value: 2,
    });
    expect(results[0].cells.find((found) => found.code === 'L.L3_1')).toMatchObject({
      column: '统计数',
      value: 75,
    });
  });

  it('finds no arithmetic error in the seeds; seed 000’s two blank totals are TOTAL-BLANK findings', () => {
    expect(status).toBe(0);
    for (const result of results) expect(result.violations.filter((v) => v.severity === 'HARD')).toEqual([]);
    const blankTotals = results[0].violations.filter((v) => v.ruleId === 'TOTAL-BLANK');
    expect(blankTotals.map((v) => v.cells[0]).sort()).toEqual(['L.L3_2', 'L.L3_3']);
    expect(results[0].violations.filter((v) => v.ruleId === 'TOTAL-ROWS')).toEqual([]);
  });

  it('flags seed 004’s procurement amount as a probable unit error', () => {
    expect(results[4].violations.map((v) => v.ruleId)).toContain('T19-PURCHASE');
  });
});

describe('nianbao check output and exit status', () => {
  it('prints a readable Chinese summary by default', async () => {
    const { status, stdout } = await runCli(['check', seed('003')]);
    expect(status).toBe(0);
    expect(stdout).toContain('表格格式：中华人民共和国政府信息公开工作年度报告格式（试行）（2019）');
    expect(stdout).toContain('报告年度：2019');
    expect(stdout).toContain('结论：没有错误');
  });

  it('exits 1 when a report breaks an identity, naming the cell', async () => {
    const dir = scratchDir();
    const broken = brokenSeed(dir);
    const { status, stdout } = await runCli(['check', broken]);
    expect(stdout).toContain('✗ 错误 [TOTAL-ROWS]');
    expect(stdout).toContain('（一）收到申请数');
    expect(status).toBe(1);
  });

  it('checks 上年结转 against the previous year given with --previous', async () => {
    const { stdout } = await runCli(['check', seed('004'), '--previous', seed('003'), '--json']);
    const [result] = jsonLines(stdout) as Json[];
    // 2019's 结转下年度 was 54 in total; the 2020 report (another agency) carries over 0.
    expect(
      result.violations.find((v) => v.ruleId === 'XY-CARRYOVER' && v.cells[0] === 'T19.B.A2.TOT')?.message,
    ).toContain('54');
  });

  it.each([
    ['binary junk', 'junk.txt', Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254])],
    ['an empty file', 'empty.txt', Buffer.alloc(0)],
    [
      'a report with no tables',
      'notable.txt',
      Buffer.from('2023年政府信息公开工作年度报告\n一、总体情况\n本年度我局认真贯彻……\n'),
    ],
    [
      'a .docx that is really HTML',
      'page.docx',
      Buffer.from('<html><body><table><tr><td>规章</td></tr></table></body></html>'),
    ],
  ])('exits 2 with a Chinese message for %s', async (_name, fileName, content) => {
    const file = join(scratchDir(), fileName);
    writeFileSync(file, content);
    const { status, stdout, stderr } = await runCli(['check', file]);
    expect(status).toBe(2);
    expect(stdout).toMatch(/无法作为年度报告读取：[\u4e00-\u9fa5]/);
    expect(stdout + stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const file = join(scratchDir(), 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 60 * 1024 * 1024);
    const { status, stdout } = await runCli(['check', file, '--json']);
    expect(status).toBe(2);
    expect((jsonLines(stdout)[0] as Json).error).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('超过 50 MB'),
    });
  });

  it('exits 2 for a missing file and an unknown option, in Chinese', async () => {
    expect((await runCli(['check', '/nonexistent/report.txt'])).stdout).toContain('找不到该文件');
    const unknown = await runCli(['check', seed('000'), '--jsn']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('未知选项 --jsn');
  });
});

describe('nianbao check of a batch with files it cannot read', () => {
  /** A good report, then the files people really drop into a folder of reports. */
  function mixedBatch(): { dir: string; files: string[] } {
    const dir = scratchDir();
    copyFileSync(seed('003'), join(dir, 'good.txt'));
    // Bytes of no format at all, named like a PDF (a download cut short, a mislabelled attachment).
    writeFileSync(
      join(dir, 'download.pdf'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    // An old Word file: the OLE header of .doc.
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    copyFileSync(seed('004'), join(dir, 'also-good.txt'));
    return { dir, files: ['good.txt', 'download.pdf', 'empty.txt', 'old.doc', 'also-good.txt'] };
  }

  it('prints a JSON line for every file, failures as {file, error: {code, message}}, and exits 2', async () => {
    const { dir, files } = mixedBatch();
    const { status, stdout } = await runCli(['check', ...files, '--json'], dir);
    const results = jsonLines(stdout) as Json[];
    expect(results.map((result) => [result.file, result.error?.code ?? result.template])).toEqual([
      ['good.txt', '2019'],
      ['download.pdf', 'CORRUPT_PDF'],
      ['empty.txt', 'EMPTY_FILE'],
      ['old.doc', 'UNSUPPORTED_EXTENSION'],
      ['also-good.txt', '2019'],
    ]);
    for (const failed of results.filter((result) => result.error)) {
      expect(Object.keys(failed)).toEqual(['file', 'error']);
      expect(failed.error!.message).toMatch(/^[\u4e00-\u9fa5]/);
    }
    expect(status).toBe(2);
  });

  it('gives each unreadable file a Chinese line with its reason and still reports the others', async () => {
    const { dir, files } = mixedBatch();
    const { status, stdout } = await runCli(['check', ...files], dir);
    expect(stdout).toContain('download.pdf\n  无法作为年度报告读取：文件不是有效的 PDF');
    expect(stdout).toContain('empty.txt\n  无法作为年度报告读取：文件是空的');
    expect(stdout).toContain('old.doc\n  无法作为年度报告读取：不支持的文件类型“.doc”');
    expect(stdout.match(/结论：没有错误/g)).toHaveLength(2);
    expect(stdout).toContain('共检查 5 个文件，其中 3 个无法读取。');
    expect(status).toBe(2);
  });

  it('exits with the worst status of the batch', async () => {
    const dir = scratchDir();
    const broken = brokenSeed(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect((await runCli(['check', seed('003'), broken])).status).toBe(1);
    expect((await runCli(['check', broken, seed('003')])).status).toBe(1);
    expect((await runCli(['check', broken, join(dir, 'empty.txt'), seed('003')])).status).toBe(2);
  });
});
