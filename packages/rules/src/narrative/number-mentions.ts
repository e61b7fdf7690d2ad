/** A number the text states with a unit, e.g. “75件”, “62%”, “3万元”. */
export interface NumberMention {
  value: number;
  unit: string;
  isPercent: boolean;
  /** Decimal places as written (for the rounding tolerance of percentages). */
  decimals: number;
  /** Position in the sentence of the number and of the end of its unit. */
  start: number;
  end: number;
}

const MENTION =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|元|件次|件|条|起|宗|次|人次|名|人|个|项|场|期|篇|%|％)/g;

/** “约”, “近”, “超过” before or “余”, “多” after a number make it approximate: it cannot disagree with a table. */
const APPROXIMATE_BEFORE = /(约|近|超过|超|逾|将近|大约|左右)$/;
const APPROXIMATE_AFTER = /^(余|多|左右)/;

/** Counts, amounts and percentages the sentence states exactly; dates, numbering and approximations are skipped. */
export function findNumberMentions(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of sentence.matchAll(MENTION)) {
    const start = match.index!;
    const before = sentence.slice(Math.max(0, start - 4), start);
    if (/[\d.．]$/.test(before) || APPROXIMATE_BEFORE.test(before)) continue;
    const unitEnd = start + match[0].length;
    // “3件次” stays a count; “10余件” puts the 余 between the number and its unit, so it never matches here.
    if (APPROXIMATE_AFTER.test(sentence.slice(unitEnd, unitEnd + 2))) continue;
    const unit = match[3] === '％' ? '%' : match[3];
    mentions.push({
      value: Number(`${match[1].replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`),
      unit,
      isPercent: unit === '%',
      decimals: match[2]?.length ?? 0,
      start,
      end: unitEnd,
    });
  }
  return mentions;
}
