import { narrativeOf, seed000, seed001, seed002, seed003, seed004 } from '../../test/seed-reports';
import type { ReportData } from '../report';
import { checkNarrative } from './check-narrative';
import { checkStructure } from './check-structure';

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
