import type { Violation } from '../report';

/** What the platform knows about how a report was made, for the 年报质量 scorecard. Null: not known. */
export interface ReportQualityFacts {
  /** Submitted by the campaign's deadline; null while not submitted (or for imported history). */
  isOnTime: boolean | null;
  /** Findings of the rules when the report was first submitted. */
  hardFindings: number | null;
  softFindings: number | null;
  /** Narrative-versus-table mismatches at submission (the audit of the text). */
  narrativeFindings: number | null;
  /** Required narrative sections missing or out of order at submission. */
  sectionFindings: number | null;
  /** How many times a reviewer sent the report back. */
  returnCount: number | null;
  /** Published by the statutory deadline (1月31日, 3月31日 for a government's own report); null while not due. */
  isPublishedOnTime: boolean | null;
}

export type QualityCriterionId =
  | 'onTime'
  | 'noHardFindings'
  | 'fewSoftFindings'
  | 'noReturns'
  | 'narrativeMatches'
  | 'sectionsPresent'
  | 'publishedOnTime';

export interface QualityCriterion {
  id: QualityCriterionId;
  /** Chinese name, as shown next to its weight. */
  name: string;
  /** How the points are earned, in Chinese. */
  description: string;
  weight: number;
  /** 0…1, or null when the fact is not known (the criterion then leaves the score out of account). */
  score: (facts: ReportQualityFacts) => number | null;
}

const falling = (count: number | null, zeroAt: number) =>
  count === null ? null : Math.max(0, 1 - count / zeroAt);
const isTrue = (fact: boolean | null) => (fact === null ? null : fact ? 1 : 0);

/** The weights add up to 100, so a report meeting every known criterion scores 100. */
export const QUALITY_CRITERIA: readonly QualityCriterion[] = [
  {
    id: 'onTime',
    name: '按时提交',
    description: '在填报任务截止时间前提交得满分，逾期提交不得分',
    weight: 20,
    score: (facts) => isTrue(facts.isOnTime),
  },
  {
    id: 'noHardFindings',
    name: '无强制性错误',
    description: '首次提交时无强制性（HARD）错误得满分，有则不得分',
    weight: 15,
    score: (facts) => (facts.hardFindings === null ? null : facts.hardFindings === 0 ? 1 : 0),
  },
  {
    id: 'fewSoftFindings',
    name: '提示性问题少',
    description: '首次提交时每条提示性（SOFT）问题扣 1/5，5 条及以上不得分',
    weight: 15,
    score: (facts) => falling(facts.softFindings, 5),
  },
  {
    id: 'noReturns',
    name: '未被退回',
    description: '未被退回得满分，每退回一次扣一半，2 次及以上不得分',
    weight: 20,
    score: (facts) => falling(facts.returnCount, 2),
  },
  {
    id: 'narrativeMatches',
    name: '正文与表格一致',
    description: '首次提交时正文数字与表格无不符得满分，每处不符扣 1/3',
    weight: 10,
    score: (facts) => falling(facts.narrativeFindings, 3),
  },
  {
    id: 'sectionsPresent',
    name: '必备章节齐全',
    description: '首次提交时六个必备章节齐全且顺序正确得满分，否则不得分',
    weight: 10,
    score: (facts) => (facts.sectionFindings === null ? null : facts.sectionFindings === 0 ? 1 : 0),
  },
  {
    id: 'publishedOnTime',
    name: '按期公开',
    description: '在法定期限（1月31日，政府本级报告3月31日）前公开得满分，逾期或到期未公开不得分',
    weight: 10,
    score: (facts) => isTrue(facts.isPublishedOnTime),
  },
];

export interface QualityScore {
  /** 0…100 over the criteria whose facts are known; null when none is known. */
  score: number | null;
  /** Points earned per criterion (weight × 0…1), null where unknown. */
  points: Record<QualityCriterionId, number | null>;
}

/** The 年报质量 score: the weighted share of the known criteria met, so an unknown fact never counts as a failure. */
export function scoreReportQuality(facts: ReportQualityFacts): QualityScore {
  let earned = 0;
  let possible = 0;
  const points = {} as Record<QualityCriterionId, number | null>;
  for (const criterion of QUALITY_CRITERIA) {
    const share = criterion.score(facts);
    points[criterion.id] = share === null ? null : Math.round(share * criterion.weight * 10) / 10;
    if (share === null) continue;
    earned += share * criterion.weight;
    possible += criterion.weight;
  }
  return { score: possible === 0 ? null : Math.round((earned / possible) * 1000) / 10, points };
}

export interface SubmissionFindings {
  hardFindings: number;
  /** SOFT findings of the tables (the narrative's are counted apart). */
  softFindings: number;
  narrativeFindings: number | null;
  sectionFindings: number | null;
}

const SECTION_RULES = new Set(['NARRATIVE-SECTIONS', 'NARRATIVE-SECTION-ORDER']);
/** 内容雷同 with last year is a finding of its own, not a number that disagrees with the tables. */
const NOT_A_MISMATCH = new Set([...SECTION_RULES, 'NARRATIVE-COPIED']);

/**
 * Sorts the findings of a submission into the scorecard's counts. Without narrative text the narrative checks do not
 * run, so their counts are unknown (null), not 0.
 */
export function countSubmissionFindings(
  findings: readonly Pick<Violation, 'ruleId' | 'severity'>[],
  { isNarrativeChecked }: { isNarrativeChecked: boolean },
): SubmissionFindings {
  const isNarrative = (ruleId: string) => ruleId.startsWith('NARRATIVE-');
  const tableFindings = findings.filter((finding) => !isNarrative(finding.ruleId));
  const narrative = findings.filter((finding) => isNarrative(finding.ruleId));
  return {
    hardFindings: findings.filter((finding) => finding.severity === 'HARD').length,
    softFindings: tableFindings.filter((finding) => finding.severity === 'SOFT').length,
    narrativeFindings: isNarrativeChecked
      ? narrative.filter((finding) => !NOT_A_MISMATCH.has(finding.ruleId)).length
      : null,
    sectionFindings: isNarrativeChecked
      ? narrative.filter((finding) => SECTION_RULES.has(finding.ruleId)).length
      : null,
  };
}
