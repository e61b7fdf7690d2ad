import type { Block } from './blocks';

/** A short line without closing punctuation that starts with （一） / 一是 / 1. style numbering reads as a heading. */
const SUB_HEADING = /^([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．](?!\d))/;
const MAX_HEADING_LENGTH = 40;

export function isHeadingLine(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && SUB_HEADING.test(line) && !/[。；;，,：:]$/.test(line);
}

/** Lines of text as blocks: one paragraph per line, short numbered lines as headings. */
export function textToBlocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): Block =>
      isHeadingLine(line) ? { type: 'heading', text: line } : { type: 'paragraph', text: line },
    );
}
