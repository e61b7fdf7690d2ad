/**
 * Label normalisation shared by every importer (published text, HTML, Word, Excel) and by format detection, so that
 * `（一）`/`(一)`, `：`/`:`, full-width digits, quotes, ideographic spaces and line breaks never decide whether two labels match.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/[〔［【]/g, '[')
    .replace(/[〕］】]/g, ']')
    .replace(/[—–－﹣―]/g, '-')
    .replace(/^(\d+)[、.．,，]/, '$1.')
    .replace(/^其中:/, '');
}

/** Removes a leading 一、 / 1. / (一) / 1) numbering, for labels printed with another numbering style. */
export function stripNumbering(normalized: string): string {
  return normalized.replace(
    /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[.)]|\(\d+\))/,
    '',
  );
}

/** Punctuation a label may print in any of its forms (、 , ， . ． ; ： and brackets of either width). */
const LABEL_PUNCTUATION = /[、,，.．;；:：()（）[\]《》<>\-·…!！?？/]/g;

/**
 * The words of a label without numbering, bracketed notes or punctuation: `1.申请人无正当理由逾期不补正,行政机关…`
 * and `1、申请人无正当理由逾期不补正、行政机关…` have one key.
 */
export function labelKey(normalized: string): string {
  return stripNumbering(normalized)
    .replace(/\([^()]*\)/g, '')
    .replace(LABEL_PUNCTUATION, '');
}

/** Edits (insert, delete, replace one character) between two labels: `其他法律行政止公开` is 3 from `其他法律行政法规禁止公开`. */
export function labelDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Whether a printed label is close enough to a template label to be taken for it when it also stands where the
 * template puts that row: a few characters lost, added or mistyped, never a different short word.
 */
export function isNearLabel(printedKey: string, templateKey: string): boolean {
  if (printedKey.length < 2 || templateKey.length < 2) return false;
  // A label cut short (`其他` for `其他处理`) keeps its first words.
  if (templateKey.startsWith(printedKey)) return true;
  const allowed = Math.max(1, Math.floor(templateKey.length / 3));
  return labelDistance(printedKey, templateKey) <= allowed;
}
