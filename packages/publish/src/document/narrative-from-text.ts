import type { FormatId } from '@nianbao/rules';
import { isHeadingLine, textToBlocks } from './text-blocks';
import type { NarrativeInput } from './narrative-input';
import { matchOutline, narrativeOutline, type OutlineEntry } from './outline';

const TOP_NUMBERING =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))/;
const SUB_NUMBERING = /^[（(]\s*[一二三四五六七八九十\d]+\s*[)）]/;
const MAX_HEADING_LENGTH = 40;
/** Where a legacy narrative ends: the 统计表 attachment, which is rendered from the values instead. */
const ATTACHMENT = /^(附件|附表)|^[一二三四五六七八九十]+、.*统计表/;

const looksLikeHeading = (line: string) => line.length <= MAX_HEADING_LENGTH && !/[。；;，,]$/.test(line);

/** The report's own title lines (“2020年…信息公开工作”, “年 度 报 告”) come before its first sentence. */
function dropTitleLines(lines: string[]): string[] {
  const firstSentence = lines.findIndex((line) => !looksLikeHeading(line) || TOP_NUMBERING.test(line));
  return firstSentence > 0 ? lines.slice(firstSentence) : lines;
}

/** The outline entry (or, for legacy, the line) a line opens as a new section; each 2019/2021 section opens once. */
function sectionOpenedBy(line: string, formatId: FormatId, opened: Set<string>): string | null {
  if (!looksLikeHeading(line) || SUB_NUMBERING.test(line)) return null;
  if (formatId === 'legacy') return /^[一二三四五六七八九十]+、/.test(line) ? line : null;
  const entry = matchOutline(narrativeOutline(formatId), line);
  if (!entry || opened.has(entry.id)) return null;
  opened.add(entry.id);
  return entry.id;
}

/** The sub-topic of 一、总体情况 a line opens, each once. */
function topicOpenedBy(line: string, topics: readonly OutlineEntry[], opened: Set<string>): boolean {
  const topic = SUB_NUMBERING.test(line) && isHeadingLine(line) ? matchOutline(topics, line) : undefined;
  if (!topic || opened.has(topic.id)) return false;
  opened.add(topic.id);
  return true;
}

/**
 * Splits a report's plain text (typed, pasted, or read from last year's published report) into its sections:
 * for 2019/2021 the six fixed sections and the five sub-topics of 一、总体情况; for legacy every 一、 heading.
 */
export function narrativeFromText(text: string, formatId: FormatId): NarrativeInput {
  const lines = dropTitleLines(
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
      .filter(Boolean),
  );
  const overview = narrativeOutline(formatId).find((entry) => entry.subsections);
  const preamble: string[] = [];
  const sections: {
    id: string;
    title: string;
    lines: string[];
    subs: { title: string; lines: string[] }[];
  }[] = [];
  const opened = new Set<string>();
  for (const line of lines) {
    if (formatId === 'legacy' && ATTACHMENT.test(line)) break;
    const id = sectionOpenedBy(line, formatId, opened);
    if (id) {
      sections.push({ id, title: line, lines: [], subs: [] });
      continue;
    }
    // Indexing, not .at(): this runs in the admin app, and older Chromium cores (360, QQ browsers) lack it.
    const current = sections[sections.length - 1];
    if (!current) {
      preamble.push(line);
      continue;
    }
    if (overview && current.id === overview.id && topicOpenedBy(line, overview.subsections ?? [], opened)) {
      current.subs.push({ title: line, lines: [] });
      continue;
    }
    (current.subs[current.subs.length - 1]?.lines ?? current.lines).push(line);
  }
  return {
    preamble: textToBlocks(preamble.join('\n')),
    sections: sections.map(({ title, lines: own, subs }) => ({
      title,
      blocks: textToBlocks(own.join('\n')),
      subsections: subs.map((sub) => ({ title: sub.title, blocks: textToBlocks(sub.lines.join('\n')) })),
    })),
  };
}
