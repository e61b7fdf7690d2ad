import { createReportDocument, PublishError } from '@nianbao/publish';
import type { Block, NarrativeSection, ReportDocument } from '@nianbao/publish';
import type { LiveNumber, ReportData } from '@nianbao/rules';
import { ReportException } from './reports.exception';

/** A narrative section as stored: the format's section (or a free legacy one) with its structured text. */
export interface StoredSection {
  id: string;
  title: string;
  blocks: Block[];
  subsections: StoredSection[];
}

/** The narrative stored with each report version: structured blocks, never HTML. */
export interface StoredNarrative {
  preamble: Block[];
  sections: StoredSection[];
}

/** The column is TEXT (64 KB); about 20,000 Chinese characters, far above a real report's narrative. */
const MAX_NARRATIVE_BYTES = 60_000;

/** Blank paragraphs and list items (an editor's empty rows) are not stored. */
function withoutBlanks(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type !== 'list') return block.text ? [block] : [];
    const items = block.items.filter(Boolean);
    return items.length ? [{ ...block, items }] : [];
  });
}

function storedSection(section: NarrativeSection): StoredSection {
  return {
    id: section.id,
    title: section.title,
    blocks: withoutBlanks(section.blocks),
    subsections: section.subsections.map(storedSection),
  };
}

/**
 * The report's publishable document: its values and its narrative (none yet: the format's empty sections). Live
 * numbers print this report's values; `previous` (the same org's approved report of the year before) gives 同比.
 */
export function narrativeDocument(
  report: ReportData,
  narrative: unknown,
  previous: ReportData | null = null,
): ReportDocument {
  return createReportDocument({ report, narrative: narrative ?? undefined, previous });
}

/** The narrative as the format lays it out (2019/2021: the six sections, 一、 with its five sub-topics). */
export function outlinedNarrative(
  report: ReportData,
  narrative: unknown,
  previous: ReportData | null = null,
): StoredNarrative {
  const document = narrativeDocument(report, narrative, previous);
  return {
    preamble: withoutBlanks(document.preamble),
    // The legacy 统计表 attachment is printed from the values; it is not part of the narrative.
    sections: document.sections
      .filter((section) => report.formatId !== 'legacy' || !section.table)
      .map(storedSection),
  };
}

/** Narrative as a client sent it (structured JSON or one pasted text), checked and laid out; 400 when malformed. */
export function checkedNarrative(report: ReportData, input: unknown): StoredNarrative {
  let narrative: StoredNarrative;
  try {
    narrative = outlinedNarrative(report, input);
  } catch (error) {
    if (error instanceof PublishError) throw ReportException.invalidNarrative(error.message);
    throw error;
  }
  if (Buffer.byteLength(JSON.stringify(narrative)) > MAX_NARRATIVE_BYTES)
    throw ReportException.narrativeTooLong();
  return narrative;
}

/** Whether any section has text; an unwritten narrative is not checked against the tables. */
export function hasNarrativeText(narrative: StoredNarrative | null): narrative is StoredNarrative {
  const hasText = (section: StoredSection): boolean =>
    section.blocks.length > 0 || section.subsections.some(hasText);
  return !!narrative && (narrative.preamble.length > 0 || narrative.sections.some(hasText));
}

function sectionBlocks(section: StoredSection): Block[] {
  return [...section.blocks, ...section.subsections.flatMap(sectionBlocks)];
}

/** Every live number of the narrative, in reading order. */
export function liveNumbersOf(narrative: StoredNarrative | null): LiveNumber[] {
  if (!narrative) return [];
  return [...narrative.preamble, ...narrative.sections.flatMap(sectionBlocks)].flatMap((block) =>
    block.type === 'paragraph' && block.runs
      ? block.runs.flatMap((run) => ('number' in run ? [run.number] : []))
      : [],
  );
}

function printedSection(section: StoredSection): StoredSection {
  return {
    ...section,
    blocks: section.blocks.map((block) =>
      block.type === 'paragraph' ? { type: 'paragraph', text: block.text } : block,
    ),
    subsections: section.subsections.map(printedSection),
  };
}

/**
 * The narrative as printed, live numbers turned into their text: what a published copy keeps, since a publication
 * says what it said on the day, whatever the tables hold later.
 */
export function printedNarrative(
  report: ReportData,
  narrative: unknown,
  previous: ReportData | null,
): StoredNarrative {
  const outlined = outlinedNarrative(report, narrative, previous);
  return {
    preamble: printedSection({ id: '', title: '', blocks: outlined.preamble, subsections: [] }).blocks,
    sections: outlined.sections.map(printedSection),
  };
}
