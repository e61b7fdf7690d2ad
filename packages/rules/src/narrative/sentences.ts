/** A sentence of the narrative, with the paragraph it belongs to (sentences of one paragraph share context). */
export interface Sentence {
  text: string;
  paragraph: number;
}

/**
 * Splits the narrative into sentences at 。！？ and line breaks. Semicolons do not end a sentence: reports list the
 * outcomes of applications as “予以公开X件；部分公开Y件；…” and the list shares its subject.
 */
export function splitSentences(narrative: string): Sentence[] {
  const sentences: Sentence[] = [];
  narrative.split(/\r?\n/).forEach((line, paragraph) => {
    for (const piece of line.split(/(?<=[。！？!?])/)) {
      const text = piece.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
      if (text) sentences.push({ text, paragraph });
    }
  });
  return sentences;
}

/** Up to `width` characters of the sentence around a position, for quoting it in a message. */
export function quoteAround(sentence: string, start: number, end: number, width = 60): string {
  if (sentence.length <= width) return sentence;
  const room = Math.max(0, width - (end - start));
  const from = Math.max(0, Math.min(start - Math.floor(room * 0.7), sentence.length - width));
  const to = Math.min(sentence.length, from + width);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}
