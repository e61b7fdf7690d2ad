import { countSubmissionFindings, QUALITY_CRITERIA, scoreReportQuality } from './report-quality';
import { isYearOverYearJump } from './report-shares';
import type { ReportQualityFacts } from './report-quality';
import { describeDistribution, robustZScore } from './robust-statistics';

const PERFECT: ReportQualityFacts = {
  isOnTime: true,
  hardFindings: 0,
  softFindings: 0,
  narrativeFindings: 0,
  sectionFindings: 0,
  returnCount: 0,
  isPublishedOnTime: true,
};

describe('the 年报质量 score', () => {
  it('weights add up to 100 and a report meeting every criterion scores 100', () => {
    expect(QUALITY_CRITERIA.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
    expect(scoreReportQuality(PERFECT).score).toBe(100);
  });

  it('a late report that was returned twice loses those criteria', () => {
    const { score, points } = scoreReportQuality({ ...PERFECT, isOnTime: false, returnCount: 2 });
    expect(points.onTime).toBe(0);
    expect(points.noReturns).toBe(0);
    expect(score).toBe(60);
  });

  it('an unknown fact is left out of account, not counted as a failure', () => {
    const { score, points } = scoreReportQuality({
      ...PERFECT,
      narrativeFindings: null,
      sectionFindings: null,
      isPublishedOnTime: null,
    });
    expect(points.narrativeMatches).toBeNull();
    expect(score).toBe(100);
    expect(
      scoreReportQuality({
        ...PERFECT,
        isOnTime: null,
        hardFindings: null,
        softFindings: null,
        narrativeFindings: null,
        sectionFindings: null,
        returnCount: null,
        isPublishedOnTime: null,
      }).score,
    ).toBeNull();
  });
});

describe('robust statistics', () => {
  it('names a value far from its peers and not the ordinary ones', () => {
    const distribution = describeDistribution([10, 11, 12, 12, 13, 14, 90])!;
    expect(distribution.median).toBe(12);
    expect(robustZScore(90, distribution)!).toBeGreaterThan(3.5);
    expect(Math.abs(robustZScore(13, distribution)!)).toBeLessThan(3.5);
  });

  it('gives no z-score when the peers do not spread', () => {
    expect(robustZScore(5, describeDistribution([3, 3, 3, 3])!)).toBeNull();
  });
});

describe('year-over-year jumps', () => {
  it('a count that doubled on a base worth mentioning is a jump; small or steady counts are not', () => {
    expect(isYearOverYearJump(20, 45)).toBe(true);
    expect(isYearOverYearJump(40, 15)).toBe(true);
    expect(isYearOverYearJump(3, 8)).toBe(false);
    expect(isYearOverYearJump(20, 30)).toBe(false);
    expect(isYearOverYearJump(null, 30)).toBe(false);
  });
});

describe('countSubmissionFindings', () => {
  it('counts the narrative apart, and leaves it unknown when the text was not checked', () => {
    const findings = [
      { ruleId: 'B-BALANCE', severity: 'HARD' as const },
      { ruleId: 'CROSS-YEAR', severity: 'SOFT' as const },
      { ruleId: 'NARRATIVE-APPLICATIONS', severity: 'SOFT' as const },
      { ruleId: 'NARRATIVE-SECTIONS', severity: 'SOFT' as const },
      { ruleId: 'NARRATIVE-COPIED', severity: 'SOFT' as const },
    ];
    expect(countSubmissionFindings(findings, { isNarrativeChecked: true })).toEqual({
      hardFindings: 1,
      softFindings: 1,
      narrativeFindings: 1,
      sectionFindings: 1,
    });
    expect(countSubmissionFindings(findings.slice(0, 2), { isNarrativeChecked: false })).toMatchObject({
      narrativeFindings: null,
      sectionFindings: null,
    });
  });
});
