export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&quot;',
  );
}

/** Chinese government documents (GB/T 9704): 黑体 for 一、, 楷体 for （一）, 仿宋 for the text, 宋体 in tables. */
export type WordFont = '仿宋' | '黑体' | '楷体' | '宋体';

export interface RunStyle {
  font: WordFont;
  /** Half-points, as Word stores them: 32 = 三号 (16 pt), 44 = 二号 (22 pt), 20 = 10 pt. */
  size: number;
  isBold?: boolean;
}

export function runXml(text: string, style: RunStyle): string {
  const bold = style.isBold ? '<w:b/><w:bCs/>' : '';
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${style.font}" ` +
    `w:cs="${style.font}" w:hint="eastAsia"/>${bold}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
  );
}

export interface ParagraphStyle extends RunStyle {
  align?: 'left' | 'center' | 'both';
  /** First-line indent in characters (2 = the usual 空两格). */
  indentChars?: number;
  /** Exact line height in twips; omitted = single spacing (tables). */
  lineTwips?: number;
  isKeptWithNext?: boolean;
  startsPage?: boolean;
}

export function paragraphXml(text: string, style: ParagraphStyle): string {
  const spacing = style.lineTwips
    ? `<w:spacing w:before="0" w:after="0" w:line="${style.lineTwips}" w:lineRule="exact"/>`
    : '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
  const indent = style.indentChars
    ? `<w:ind w:firstLineChars="${style.indentChars * 100}" w:firstLine="${style.indentChars * style.size * 10}"/>`
    : '<w:ind w:firstLine="0"/>';
  const keep =
    (style.isKeptWithNext ? '<w:keepNext/>' : '') + (style.startsPage ? '<w:pageBreakBefore/>' : '');
  // The paragraph mark's size too: an empty table cell is then as high as its neighbours.
  const mark = `<w:rPr><w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>`;
  return (
    `<w:p><w:pPr>${keep}${spacing}${indent}<w:jc w:val="${style.align ?? 'both'}"/>${mark}</w:pPr>` +
    `${text ? runXml(text, style) : ''}</w:p>`
  );
}
