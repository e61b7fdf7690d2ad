import type { FormatId, LiveRun, ReferenceOffer, ReportData } from '@nianbao/rules';
import { applyOffers, offerReferences } from '@nianbao/rules';
import type { Narrative } from './narrative-model';

/** One paragraph of pasted text, where it goes, and the numbers that can print this year's figure instead. */
export interface PastedParagraph {
  text: string;
  sectionId: string | null;
  subsectionId: string | null;
  offers: ReferenceOffer[];
}

const SECTION_HEADING = /^\s*([一二三四五六七八九十]+)\s*[、.．]/;
const SUBSECTION_HEADING = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]/;
/** A heading is short: a numbered line that goes on into sentences is a paragraph that starts with a number. */
const isHeading = (line: string) => line.length <= 30 && !/[。；]/.test(line.slice(0, -1));

const numeralOf = (title: string, pattern: RegExp) => pattern.exec(title)?.[1];

/**
 * Last year's report pasted from Word: its paragraphs in the sections their headings name (一、… and （一）…), each with
 * the numbers that equal what last year's tables hold, offered to become live numbers of this year's tables. Lines
 * before the first section heading (title, date) are left out.
 */
export function readPastedText(
  pasted: string,
  narrative: Narrative,
  lastYear: ReportData | null,
  formatId: FormatId,
): PastedParagraph[] {
  let section = narrative.sections[narrative.sections.length - 1];
  let subsectionId: string | null = null;
  const paragraphs: PastedParagraph[] = [];
  // The report's title and date above 一、 are last year's, not text to keep; without headings every line is kept.
  let preambleLength: number | null = null;
  for (const raw of pasted.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const sectionNumeral = isHeading(line) ? numeralOf(line, SECTION_HEADING) : undefined;
    const found =
      sectionNumeral &&
      narrative.sections.find((s) => numeralOf(s.title, SECTION_HEADING) === sectionNumeral);
    if (found) {
      preambleLength ??= paragraphs.length;
      section = found;
      subsectionId = null;
      continue;
    }
    const subNumeral = isHeading(line) ? numeralOf(line, SUBSECTION_HEADING) : undefined;
    const sub =
      subNumeral && section?.subsections.find((s) => numeralOf(s.title, SUBSECTION_HEADING) === subNumeral);
    if (sub) {
      subsectionId = sub.id;
      continue;
    }
    paragraphs.push({
      text: line,
      sectionId: section?.id ?? null,
      subsectionId,
      offers: lastYear ? offerReferences(line, lastYear, formatId) : [],
    });
  }
  return paragraphs.slice(preambleLength ?? 0);
}

/** The paragraph as inserted: the accepted numbers live, the rest as typed. */
export const runsOf = (paragraph: PastedParagraph, acceptOffers: boolean): LiveRun[] =>
  acceptOffers ? applyOffers(paragraph.text, paragraph.offers) : [{ text: paragraph.text }];
