import { blockLines, type Block } from './blocks';
import { LEGACY_ATTACHMENT_ID } from './outline';
import type { NarrativeSection, ReportDocument } from './report-document';

const linesOf = (blocks: Block[]) => blocks.flatMap(blockLines);

/** Text of blocks, one line per paragraph, heading or list item. */
export function blocksText(blocks: Block[]): string {
  return linesOf(blocks).join('\n');
}

/** A section's own text and its sub-topics', headings on their own lines. */
export function sectionText(section: NarrativeSection): string {
  return [
    ...linesOf(section.blocks),
    ...section.subsections.flatMap((sub) => (sub.blocks.length ? [sub.title, sectionText(sub)] : [])),
  ].join('\n');
}

/** The narrative as plain text with its headings, the form the narrative-vs-table checks of @nianbao/rules read. */
export function narrativeText(document: ReportDocument): string {
  return [
    ...linesOf(document.preamble),
    ...document.sections
      .filter((section) => section.id !== LEGACY_ATTACHMENT_ID)
      .flatMap((section) => [section.title, sectionText(section)]),
  ]
    .filter(Boolean)
    .join('\n');
}
