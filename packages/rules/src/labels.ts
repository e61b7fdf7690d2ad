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
