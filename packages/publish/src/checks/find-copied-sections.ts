import type { Violation } from '@nianbao/rules';
import { blocksText, sectionText } from '../document/narrative-text';
import type { NarrativeSection, ReportDocument } from '../document/report-document';
import { textSimilarity } from './text-similarity';

/**
 * 0.9 on the bigram Dice measure. On a 100-character section: last year's text plus one new sentence scores 0.93,
 * the same points reworded 0.61, a new text 0.08.
 */
export const COPIED_SECTION_THRESHOLD = 0.9;
/** Short sections (“本年度未收取信息处理费。”) are legitimately the same every year. */
export const COPIED_SECTION_MIN_LENGTH = 60;

const isLongEnough = (text: string) => text.replace(/\s/g, '').length >= COPIED_SECTION_MIN_LENGTH;

/** A 内容雷同 finding names the section (or sub-topic) it is about, so an editor can show it there. */
export interface CopiedSectionViolation extends Violation {
  sectionId: string;
}

/** Every narrative section (its own text) and sub-topic with its text. */
function textSections(document: ReportDocument): { section: NarrativeSection; text: string }[] {
  return document.sections.flatMap((section) => [
    { section, text: blocksText(section.blocks) },
    ...section.subsections.map((sub) => ({ section: sub, text: sectionText(sub) })),
  ]);
}

/**
 * 内容雷同: a section (nearly) identical to any section of last year's report — compared against all of them, so a
 * section moved under another heading is still found.
 */
export function findCopiedSections(
  current: ReportDocument,
  previous: ReportDocument,
): CopiedSectionViolation[] {
  const lastYear = textSections(previous).filter(({ text }) => isLongEnough(text));
  const findings: CopiedSectionViolation[] = [];
  for (const { section, text } of textSections(current)) {
    if (!isLongEnough(text)) continue;
    let best = { score: 0, title: '' };
    for (const candidate of lastYear) {
      const score = textSimilarity(text, candidate.text);
      if (score > best.score) best = { score, title: candidate.section.title };
    }
    if (best.score >= COPIED_SECTION_THRESHOLD) {
      const year = previous.report.reportYear ? `${previous.report.reportYear}年` : '上一年';
      findings.push({
        ruleId: 'NARRATIVE-COPIED',
        severity: 'SOFT',
        message: `内容雷同：“${section.title}”与${year}报告的“${best.title}”相似度 ${Math.round(best.score * 100)}%，请按本年度实际情况撰写`,
        cells: [],
        expected: null,
        actual: Math.round(best.score * 100) / 100,
        sectionId: section.id,
      });
    }
  }
  return findings;
}
