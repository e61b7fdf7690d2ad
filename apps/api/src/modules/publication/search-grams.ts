/** Code points fit in 21 bits; a pair is folded into a signed 32-bit column (collisions are re-checked on the text). */
const CODE_POINTS = 0x110000;
const INT_RANGE = 0x7fffffff;

/** Text as the search compares it: full-width forms folded (ＡＢＣ, １２３), case ignored. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of letters and digits (any script); punctuation and spaces separate them. */
function runs(text: string): string[][] {
  return (normalizeSearchText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((run) => [...run]);
}

const gramOf = (first: string, second = ''): number =>
  ((first.codePointAt(0)! * CODE_POINTS + (second ? second.codePointAt(0)! + 1 : 0)) % INT_RANGE) | 0;

/**
 * Every distinct character and every pair of neighbouring characters: Chinese has no spaces, so a word of any
 * length is found through the pairs it is made of (a one-character query through the characters).
 */
export function indexGrams(text: string): number[] {
  const grams = new Set<number>();
  for (const run of runs(text)) {
    run.forEach((character, index) => {
      grams.add(gramOf(character));
      if (index + 1 < run.length) grams.add(gramOf(character, run[index + 1]));
    });
  }
  return [...grams];
}

/** The grams a query needs: its pairs, or the character itself for a one-character run. */
export function queryGrams(query: string): number[] {
  const grams = new Set<number>();
  for (const run of runs(query)) {
    if (run.length === 1) grams.add(gramOf(run[0]));
    for (let index = 0; index + 1 < run.length; index += 1) grams.add(gramOf(run[index], run[index + 1]));
  }
  return [...grams];
}

/** The query's terms (split on spaces), normalized; a report matches when its text contains every term. */
export function queryTerms(query: string): string[] {
  return normalizeSearchText(query)
    .split(/\s+/)
    .map((term) => term.trim())
    .filter(Boolean);
}
