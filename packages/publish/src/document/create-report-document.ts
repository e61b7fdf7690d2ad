import type { ReportData } from '@nianbao/rules';
import { PublishError, PublishErrorCode } from '../publish.error';
import type { Block } from './blocks';
import { resolveBlocks, resolveSection } from './live-paragraphs';
import { narrativeFromText } from './narrative-from-text';
import { type NarrativeInput, readBlocks, readNarrativeInput, type SectionInput } from './narrative-input';
import {
  LEGACY_ATTACHMENT_ID,
  LEGACY_ATTACHMENT_TITLE,
  matchOutline,
  narrativeOutline,
  type OutlineEntry,
} from './outline';
import type { NarrativeSection, ReportDocument } from './report-document';

function reportTitleLines(report: ReportData): string[] {
  const year = report.reportYear ? `${report.reportYear}年` : '';
  return [report.agency ?? '', `${year}政府信息公开工作年度报告`].filter(Boolean);
}

/** A section as given: its own title, its sub-sections (one level, checked on input) in the order written. */
function freeSection(input: SectionInput, id: string, title: string): NarrativeSection {
  return {
    id,
    title,
    blocks: input.blocks ?? [],
    subsections: (input.subsections ?? []).map((sub, index) => ({
      id: sub.id ?? `${id}-${index + 1}`,
      title: sub.title ?? sub.id ?? '',
      blocks: sub.blocks ?? [],
      subsections: [],
    })),
  };
}

function sectionName(input: SectionInput): string {
  return `“${input.title ?? input.id}”`;
}

/** Places each input section on its outline entry; sub-topics the same way inside 一、总体情况. */
function fillOutline(
  entries: readonly OutlineEntry[],
  inputs: SectionInput[],
  where: string,
): Map<string, SectionInput> {
  const byEntry = new Map<string, SectionInput>();
  for (const input of inputs) {
    const entry = matchOutline(entries, input.id ?? input.title ?? '');
    if (!entry) {
      const expected = entries.map((candidate) => candidate.title).join('、');
      throw new PublishError(
        PublishErrorCode.UnknownSection,
        `${where}${sectionName(input)}不是格式规定的部分（应为：${expected}）`,
      );
    }
    const previous = byEntry.get(entry.id);
    if (previous) {
      throw new PublishError(
        PublishErrorCode.UnknownSection,
        `${where}${sectionName(previous)}和${sectionName(input)}都对应“${entry.title}”，请合并为一个部分`,
      );
    }
    byEntry.set(entry.id, input);
  }
  return byEntry;
}

function outlinedSections(entries: readonly OutlineEntry[], inputs: SectionInput[]): NarrativeSection[] {
  const byEntry = fillOutline(entries, inputs, '正文中的');
  return entries.map((entry) => {
    const input = byEntry.get(entry.id) ?? {};
    const topics = entry.subsections;
    const byTopic = topics ? fillOutline(topics, input.subsections ?? [], `“${entry.title}”中的小节`) : null;
    const section = freeSection(input, entry.id, entry.title);
    return {
      ...section,
      // 一、总体情况 always lists its five official sub-topics, in order; other sections keep what was written.
      subsections:
        topics && byTopic
          ? topics.map((topic) => freeSection(byTopic.get(topic.id) ?? {}, topic.id, topic.title))
          : section.subsections,
      ...(entry.table ? { table: entry.table } : {}),
    };
  });
}

function legacySections(inputs: SectionInput[]): NarrativeSection[] {
  const sections = inputs.map((input, index) =>
    freeSection(input, input.id ?? `section-${index + 1}`, input.title ?? input.id ?? ''),
  );
  return [
    ...sections,
    { id: LEGACY_ATTACHMENT_ID, title: LEGACY_ATTACHMENT_TITLE, blocks: [], subsections: [], table: 'T' },
  ];
}

export interface CreateReportDocumentOptions {
  report: ReportData;
  /** Checked narrative, raw JSON (object or one string of text), or nothing for a tables-only document. */
  narrative?: NarrativeInput | unknown;
  /** The same org's report of the year before, for live numbers that state 同比增减. */
  previous?: ReportData | null;
}

/**
 * Builds the publishable document of a report: the 2019/2021 formats always get their six sections in order (tables
 * in 二、三、四) and the five sub-topics of 一、总体情况; legacy keeps its free sections and appends the 统计表.
 */
export function createReportDocument({
  report,
  narrative,
  previous,
}: CreateReportDocumentOptions): ReportDocument {
  const input: NarrativeInput =
    narrative === undefined || narrative === null
      ? { sections: [] }
      : typeof narrative === 'string'
        ? narrativeFromText(narrative, report.formatId)
        : readNarrativeInput(narrative);
  const context = { report, previous };
  const preamble: Block[] = resolveBlocks(readBlocks(input.preamble, '前言'), context, '前言');
  const entries = narrativeOutline(report.formatId);
  const sections = entries.length
    ? outlinedSections(entries, input.sections)
    : legacySections(input.sections);
  return {
    report,
    title: reportTitleLines(report).join(''),
    titleLines: reportTitleLines(report),
    preamble,
    sections: sections.map((section) => resolveSection(section, context)),
  };
}
