import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportOf } from '../../test/report-builders';
import type { ReportData, ReportValues } from '../report';
import { checkNarrative } from './check-narrative';
import { checkStructure } from './check-structure';

const SEEDS = join(__dirname, '../../../../../shared/fixtures/seeds');

/** The seed's text outside its tables (table cells are the tab-indented lines). */
function narrativeOf(seed: string): string {
  return readFileSync(join(SEEDS, seed), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('\t'))
    .join('\n');
}

const legacyValues = (values: Record<string, number | null>): ReportValues =>
  Object.fromEntries(Object.entries(values).map(([code, value]) => [`L.${code}`, value]));

/** Table values as printed in the seeds (shared/spec/templates.md §3.3 and §4.5). */
const seed000 = reportOf(
  'legacy',
  legacyValues({
    L1_1: 2890,
    L1_1a: 9,
    L1_1b: 9,
    L1_2_1: 0,
    L1_2_2: 2890,
    L1_2_3: 480,
    L1_2_4: 380,
    L1_2_5: null,
    L3_1: 75,
    L3_1_1: 15,
    L3_1_2: 0,
    L3_1_3: 40,
    L3_1_4: 20,
    L3_2: null,
    L3_2_1: 75,
    L3_2_2: 0,
    L3_3: null,
    L3_3_1: 6,
    L3_3_2: 34,
    L3_3_3: 4,
    L3_3_4: 6,
    L3_3_4d: 2,
    L3_3_4e: 4,
    L3_3_5: 10,
    L3_3_6: 10,
    L3_3_7: 5,
    L3_3_8: 0,
    L4: 5,
    L4_1: 5,
    L5: 1,
    L5_3: 1,
    L6: 0,
    L7: 0,
    L8_1: 1,
    L8_2: 1,
    L8_3: 2,
    L8_3_1: 1,
    L8_3_2: 1,
    L8_4: 3,
    L9_1: 4,
    L9_2: 2,
    L9_3: 143,
  }),
  { agency: '宁波市规划局' },
);

const seed001 = reportOf(
  'legacy',
  legacyValues({
    L1_1: 37888,
    L1_1a: 41,
    L1_1b: 41,
    L1_2_1: 172,
    L1_2_2: 26911,
    L1_2_3: 3881,
    L1_2_4: 5944,
    L1_2_5: 980,
    L3_1: 150,
    L3_1_1: 1,
    L3_1_2: 0,
    L3_1_3: 70,
    L3_1_4: 79,
    L3_2: 150,
    L3_2_1: 150,
    L3_3: 150,
    L3_3_1: 10,
    L3_3_2: 25,
    L3_3_3: 5,
    L3_3_4: 60,
    L3_3_4e: 50,
    L3_3_4f: 10,
    L3_3_5: 20,
    L3_3_6: 20,
    L3_3_7: 8,
    L3_3_8: 2,
    L4: 9,
    L4_1: 7,
    L4_2: 2,
    L5: 12,
    L5_1: 12,
    L6: 0,
    L7: 0,
    L8_3: 145,
    L8_3_1: 6,
    L8_3_2: 139,
    L9_1: 50,
    L9_2: 35,
    L9_3: 450,
  }),
  { agency: '宁波市海曙区人民政府' },
);

const seed002 = reportOf(
  'legacy',
  legacyValues({
    L1_1: 2270,
    L1_1a: 3,
    L1_1b: 3,
    L1_2_2: 2116,
    L1_2_3: 75,
    L1_2_4: 118,
    L3_1: 239,
    L3_1_1: 200,
    L3_1_3: 8,
    L3_1_4: 31,
    L3_2: 239,
    L3_2_1: 239,
    L3_3: 239,
    L3_3_2: 220,
    L3_3_3: null,
    L3_3_4: 1,
    L3_3_4e: 1,
    L3_3_5: 5,
    L3_3_6: 10,
    L3_3_7: 2,
    L3_3_8: 1,
    L4: 4,
    L4_2: 1,
    L4_3: 3,
    L5: 0,
    L7: null,
    L8_1: 1,
    L8_2: 1,
    L8_3: 2,
    L8_3_1: 1,
    L8_3_2: 1,
    L9_1: 0,
    L9_2: 0,
    L9_3: 0,
  }),
  { agency: '温州市规划局' },
);

const seed003 = reportOf(
  '2019',
  {
    'T19.A.20_1.GF.NEW': 3,
    'T19.A.20_1.GF.PUB': 3,
    'T19.A.20_1.GF.TOT': 3,
    'T19.A.20_5.XK.PREV': 1479,
    'T19.A.20_5.XK.DELTA': -100,
    'T19.A.20_5.XK.DEC': 1379,
    'T19.A.20_5.QT.PREV': 404,
    'T19.A.20_5.QT.DELTA': -24,
    'T19.A.20_5.QT.DEC': 380,
    'T19.A.20_6.CF.PREV': 41,
    'T19.A.20_6.CF.DELTA': -3,
    'T19.A.20_6.CF.DEC': 38,
    'T19.A.20_6.QZ.DELTA': 5,
    'T19.A.20_6.QZ.DEC': 5,
    'T19.A.20_8.SF.PREV': 3,
    'T19.A.20_9.CG.CNT': 48,
    'T19.A.20_9.CG.AMT': 253.2358,
    'T19.B.A1.TOT': 383,
    'T19.B.A2.TOT': 18,
    'T19.B.R1.TOT': 214,
    'T19.B.R2.TOT': 4,
    'T19.B.R3_4.TOT': 2,
    'T19.B.R3_7.TOT': 1,
    'T19.B.R4_1.TOT': 65,
    'T19.B.R4_2.TOT': 2,
    'T19.B.R4_3.TOT': 30,
    'T19.B.R5_2.TOT': 20,
    'T19.B.R6.TOT': 9,
    'T19.B.R7.TOT': 347,
    'T19.B.A4.TOT': 54,
    'T19.C.FY.KEEP': 3,
    'T19.C.FY.PEND': 2,
    'T19.C.FY.TOT': 5,
  },
  { agency: '上海市宝山区规划和自然资源局', reportYear: 2019 },
);

const seed004 = reportOf(
  '2019',
  {
    'T19.A.20_1.GF.NEW': 12,
    'T19.A.20_1.GF.PUB': 12,
    'T19.A.20_1.GF.TOT': 117,
    'T19.A.20_9.CG.CNT': 167,
    'T19.A.20_9.CG.AMT': 38,
    'T19.B.A1.TOT': 31,
    'T19.B.R1.TOT': 10,
    'T19.B.R4_1.TOT': 10,
    'T19.B.R6.TOT': 9,
    'T19.B.R7.TOT': 29,
    'T19.B.A4.TOT': 2,
  },
  { agency: '宁海县人民政府办公室', reportYear: 2020 },
);

function findingsOf(seed: string, report: ReportData) {
  return checkNarrative(narrativeOf(seed), report).map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    expected: finding.expected,
    actual: finding.actual,
  }));
}

describe('narrative versus tables on the real seed reports', () => {
  it('seed 000: finds 部分公开和不予公开 6 (table 4 + 6) and 其他情况 9 (table 5 + 0), nothing else', () => {
    expect(findingsOf('000_b55ee0d3163912f6.txt', seed000)).toEqual([
      { ruleId: 'NARRATIVE-OUTCOMES', severity: 'SOFT', expected: 10, actual: 6 },
      { ruleId: 'NARRATIVE-OUTCOMES', severity: 'SOFT', expected: 5, actual: 9 },
    ]);
  });

  it('seed 000: the message quotes the sentence and names the cells with their value', () => {
    const [combined] = checkNarrative(narrativeOf('000_b55ee0d3163912f6.txt'), seed000);
    expect(combined.message).toContain('部分公开和不予公开的6件');
    expect(combined.message).toContain('3.同意部分公开答复数');
    expect(combined.message).toContain('4.不同意公开答复数');
    expect(combined.message).toContain('为 10');
    expect(combined.cells).toEqual(['L.L3_3_3', 'L.L3_3_4']);
    expect(combined.sentence).toContain('已答复件中');
  });

  it('seed 001: every number the narrative states agrees with the table, so nothing is reported', () => {
    expect(findingsOf('001_ea52101856a8af1f.txt', seed001)).toEqual([]);
  });

  it('seed 002: finds training and meetings stated but 0 in the table, and 专职 staff denied but 1 in the table', () => {
    const findings = checkNarrative(narrativeOf('002_7c30735b49d55434.txt'), seed002);
    expect(
      findings.map(({ ruleId, cells, expected, actual }) => ({ ruleId, cells, expected, actual })),
    ).toEqual([
      { ruleId: 'NARRATIVE-MEETINGS', cells: ['L.L9_2'], expected: 0, actual: 2 },
      { ruleId: 'NARRATIVE-MEETINGS', cells: ['L.L9_1'], expected: 0, actual: 3 },
      { ruleId: 'NARRATIVE-STAFF', cells: ['L.L8_3_1'], expected: 1, actual: 0 },
    ]);
    expect(findings[2].message).toContain('目前没有政务公开专职人员');
  });

  it('seed 003: finds 受理 347 against 新收 383 and 无法提供 95 against 97; 2% 部分公开 is 4 of 347', () => {
    expect(findingsOf('003_d700c24dbd5bf299.txt', seed003)).toEqual([
      { ruleId: 'NARRATIVE-APPLICATIONS', severity: 'SOFT', expected: 383, actual: 347 },
      { ruleId: 'NARRATIVE-PERCENT', severity: 'SOFT', expected: 1.2, actual: 2 },
      { ruleId: 'NARRATIVE-OUTCOMES', severity: 'SOFT', expected: 97, actual: 95 },
    ]);
  });

  it('seed 003: the 依申请公开（公文类）57件 metric is not mistaken for Table B', () => {
    const messages = checkNarrative(narrativeOf('003_d700c24dbd5bf299.txt'), seed003).map((f) => f.message);
    expect(messages.join()).not.toContain('57');
    expect(messages[0]).toContain('新收');
    expect(messages[0]).toContain('401');
  });

  it('seed 004: county-wide lawsuit numbers against an office-only table are a scope question, not a mismatch', () => {
    const findings = findingsOf('004_ecd5872fd256d62d.txt', seed004);
    expect(findings.filter((finding) => finding.severity !== 'INFO')).toEqual([]);
    expect(findings).toContainEqual({ ruleId: 'NARRATIVE-SCOPE', severity: 'INFO', expected: 0, actual: 11 });
  });
});

describe('six narrative sections on the real seed reports', () => {
  it('accepts seed 003 numbering its first headings 1、 2、 and the rest 三、 to 六、', () => {
    expect(checkStructure(narrativeOf('003_d700c24dbd5bf299.txt'), seed003)).toEqual([]);
  });

  it('accepts seed 004 whose six headings are all present in order', () => {
    expect(checkStructure(narrativeOf('004_ecd5872fd256d62d.txt'), seed004)).toEqual([]);
  });

  it('does not require the six sections of a legacy report, whose narrative is free', () => {
    expect(checkStructure(narrativeOf('000_b55ee0d3163912f6.txt'), seed000)).toEqual([]);
  });
});
