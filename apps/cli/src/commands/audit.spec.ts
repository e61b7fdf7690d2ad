import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, scratchDir, seed, SEEDS } from '../../test/run-cli';

type AuditJson = {
  reports: {
    file: string;
    agency: string | null;
    reportYear: number | null;
    template: string;
    counts: Record<string, number>;
    hasPreviousYear: boolean;
    findings: {
      ruleId: string;
      severity: string;
      message: string;
      expected: number | null;
      actual: number | null;
      sentence: string | null;
    }[];
  }[];
  failures: { file: string; error: string }[];
};

async function auditJson(args: string[]) {
  const run = await runCli(['audit', ...args, '--json']);
  return { ...run, json: JSON.parse(run.stdout) as AuditJson };
}

const PDF_FIXTURES = join(__dirname, '../../../../packages/report-import/test/fixtures/pdf');

const narrativeFindings = (report: AuditJson['reports'][number]) =>
  report.findings
    .filter((finding) => finding.ruleId.startsWith('NARRATIVE-') && finding.severity !== 'INFO')
    .map((finding) => [finding.ruleId, finding.expected, finding.actual]);

describe('nianbao audit on the folder of real published reports', () => {
  let result: Awaited<ReturnType<typeof auditJson>>;
  let workbookPath: string;
  beforeAll(async () => {
    workbookPath = join(scratchDir(), '体检.xlsx');
    result = await auditJson([SEEDS, '-o', workbookPath]);
  });

  it('audits every report of the folder, in agency (pinyin) and year order, and names the files it cannot read', () => {
    expect(result.json.reports.map((report) => [report.agency, report.reportYear])).toEqual([
      ['宝山区规划和自然资源局', 2019],
      ['宁波市海曙区人民政府', 2018],
      ['宁海县人民政府办公室', 2020],
      ['温州市规划局', 2017],
      [null, 2018],
    ]);
    // The folder's README.md is not a report: it is listed as unreadable and the batch goes on.
    expect(result.json.failures).toEqual([
      { file: join(SEEDS, 'README.md'), error: expect.stringContaining('.md') },
    ]);
  });

  it('finds the known narrative-versus-table mismatches of the seeds and nothing else', () => {
    const byFile = (prefix: string) => result.json.reports.find((report) => report.file === seed(prefix))!;
    expect(narrativeFindings(byFile('000'))).toEqual([
      ['NARRATIVE-OUTCOMES', 10, 6],
      ['NARRATIVE-OUTCOMES', 5, 9],
    ]);
    expect(narrativeFindings(byFile('001'))).toEqual([]);
    expect(narrativeFindings(byFile('002'))).toEqual([
      ['NARRATIVE-MEETINGS', 0, 2],
      ['NARRATIVE-MEETINGS', 0, 3],
      ['NARRATIVE-STAFF', 1, 0],
    ]);
    expect(narrativeFindings(byFile('003'))).toEqual([
      ['NARRATIVE-APPLICATIONS', 383, 347],
      ['NARRATIVE-PERCENT', 1.2, 2],
      ['NARRATIVE-OUTCOMES', 97, 95],
    ]);
    expect(narrativeFindings(byFile('004'))).toEqual([]);
    expect(byFile('003').findings.find((finding) => finding.actual === 347)!.sentence).toContain(
      '本年度共受理',
    );
  });

  it('writes a workbook with an overview row per file and a findings row per finding', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    const overview = workbook.getWorksheet('概览')!;
    const findings = workbook.getWorksheet('问题清单')!;
    expect(overview.rowCount).toBe(1 + 5 + 1);
    expect(overview.getRow(2).getCell(1).value).toBe('宝山区规划和自然资源局');
    expect(overview.getRow(1).getCell(7).value).toBe('无法核对');
    expect(String(overview.getRow(7).getCell(11).value)).toContain('无法读取');
    const total = result.json.reports.reduce((sum, report) => sum + report.findings.length, 0);
    expect(findings.rowCount).toBe(1 + total);
    const quoted = findings.getColumn(6).values.map(String);
    expect(quoted.some((text) => text.includes('部分公开和不予公开的6件'))).toBe(true);
  });
});

describe('nianbao audit across years of one agency', () => {
  it('checks 上年结转 against the previous year’s 结转下年度 when the folder holds both years', async () => {
    const folder = scratchDir();
    copyFileSync(seed('004'), join(folder, '2020.txt'));
    // The same office's next report: its tables carry nothing over, though 2020 carried 2 applications to 2021.
    writeFileSync(join(folder, '2021.txt'), readFileSync(seed('004'), 'utf8').replaceAll('2020', '2021'));
    const { json } = await auditJson([folder]);
    const [first, second] = json.reports;
    expect([first.reportYear, second.reportYear]).toEqual([2020, 2021]);
    expect(first.hasPreviousYear).toBe(false);
    expect(second.hasPreviousYear).toBe(true);
    const carryOver = second.findings.filter((finding) => finding.ruleId === 'XY-CARRYOVER');
    expect(carryOver.map((finding) => [finding.expected, finding.actual])).toContainEqual([2, 0]);
    expect(first.findings.some((finding) => finding.ruleId.startsWith('XY-'))).toBe(false);
  });
});

describe('nianbao audit of a PDF report', () => {
  it('reads the tables of a text PDF and checks its narrative against them', async () => {
    const { json } = await auditJson([join(PDF_FIXTURES, 'township-2021-two-pages.pdf')]);
    const [report] = json.reports;
    expect([report.agency, report.reportYear, report.template]).toEqual(['示例镇人民政府', 2023, '2021']);
    expect(narrativeFindings(report)).toEqual([['NARRATIVE-OUTCOMES', 2, 3]]);
  });
});

describe('nianbao audit on awkward input', () => {
  it('reports broken and unrelated files one by one and still audits the rest, with progress for large folders', async () => {
    const folder = scratchDir();
    for (let copy = 0; copy < 20; copy++) copyFileSync(seed('003'), join(folder, `report-${copy}.txt`));
    writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'notes.txt'), '会议纪要：下周一讨论预算。');
    copyFileSync(join(PDF_FIXTURES, 'scanned.pdf'), join(folder, 'scanned.pdf'));
    copyFileSync(join(PDF_FIXTURES, 'encrypted.pdf'), join(folder, 'encrypted.pdf'));
    const { json, stderr, status } = await auditJson([folder, join(folder, 'missing.html')]);
    expect(json.reports).toHaveLength(20);
    const failures = Object.fromEntries(
      json.failures.map((failure) => [failure.file.split('/').pop(), failure.error]),
    );
    expect(Object.keys(failures).sort()).toEqual([
      'empty.txt',
      'encrypted.pdf',
      'notes.txt',
      'photo.jpg',
      'scanned.pdf',
    ]);
    expect(failures['scanned.pdf']).toContain('扫描件');
    expect(failures['encrypted.pdf']).toContain('加密');
    expect(stderr).toContain('找不到');
    expect(stderr).toContain('已读取 25/25 个文件');
    expect(json.reports[0].findings.some((finding) => finding.ruleId === 'AUDIT-DUPLICATE')).toBe(true);
    expect(status).toBe(2);
  });

  it('prints a summary line per report and writes 体检.xlsx by default', async () => {
    const folder = scratchDir();
    copyFileSync(seed('000'), join(folder, 'a.txt'));
    const run = await runCli(['audit', 'a.txt'], folder);
    expect(run.stdout).toContain('2018：HARD');
    expect(run.stderr).toContain('体检.xlsx');
    expect(readFileSync(join(folder, '体检.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('explains a missing argument in Chinese', async () => {
    const run = await runCli(['audit']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('请给出要体检的文件夹或报告文件');
  });
});
