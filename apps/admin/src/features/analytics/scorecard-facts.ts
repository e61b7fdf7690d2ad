import type { ApiSchemas } from '@nianbao/api-client';

type Facts = ApiSchemas['QualityFactsOutput'];

const yesNo = (value: boolean | null | undefined, yes: string, no: string) =>
  value === null || value === undefined ? '未知' : value ? yes : no;
const count = (value: number | null | undefined, unit: string) =>
  value === null || value === undefined ? '未知' : `${value} ${unit}`;

/** What each criterion's points rest on, in words, for the tooltip and the printed card. */
export function factText(criterionId: string, facts: Facts): string {
  switch (criterionId) {
    case 'onTime':
      return yesNo(facts.isOnTime, '按时提交', '逾期提交或未提交');
    case 'noHardFindings':
      return `强制性错误 ${count(facts.hardFindings, '处')}`;
    case 'fewSoftFindings':
      return `提示性问题 ${count(facts.softFindings, '处')}`;
    case 'noReturns':
      return `被退回 ${count(facts.returnCount, '次')}`;
    case 'narrativeMatches':
      return `正文与表格不一致 ${count(facts.narrativeFindings, '处')}`;
    case 'sectionsPresent':
      return `章节缺失或顺序有误 ${count(facts.sectionFindings, '处')}`;
    case 'publishedOnTime':
      return `${yesNo(facts.isPublishedOnTime, '按期公开', '未按期公开')}（期限 ${facts.publicationDeadline}）`;
    default:
      return '';
  }
}

/** Points as printed: one decimal at most; an unknown fact is left out of the score and shown as “—”. */
export const formatPoints = (points: number | null | undefined) =>
  points === null || points === undefined ? '—' : `${Math.round(points * 10) / 10}`;
