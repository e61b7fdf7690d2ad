/**
 * Digits, spaces and punctuation are dropped before comparing: a section copied from last year with only its numbers
 * updated is still a copy (the 内容雷同 that 国办公开办函〔2021〕30号 names).
 */
function comparableText(text: string): string {
  return text.replace(/[\d\s\u3000\p{P}\p{S}]/gu, '');
}

function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < text.length - 1; index++) {
    const bigram = text.slice(index, index + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient of the character-bigram multisets (0 = nothing shared, 1 = same text): insensitive to paragraph
 * order and robust to small edits, and linear in the text length.
 */
export function textSimilarity(a: string, b: string): number {
  const left = bigramCounts(comparableText(a));
  const right = bigramCounts(comparableText(b));
  let leftTotal = 0;
  let rightTotal = 0;
  let shared = 0;
  for (const count of right.values()) rightTotal += count;
  for (const [bigram, count] of left) {
    leftTotal += count;
    shared += Math.min(count, right.get(bigram) ?? 0);
  }
  return leftTotal + rightTotal === 0 ? 0 : (2 * shared) / (leftTotal + rightTotal);
}
