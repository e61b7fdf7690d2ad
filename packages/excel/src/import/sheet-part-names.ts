const ATTRIBUTE = /([\w:]+)="([^"]*)"/g;

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) attributes[name] = value;
  return attributes;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The sheet name users see for each worksheet part (`xl/worksheets/sheet1.xml` → 依申请公开), from xl/workbook.xml
 * and its relationships, so size refusals can name the sheet.
 */
export function sheetNamesByPart(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relationshipsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const { Id, Target } = attributesOf(tag);
    if (Id && Target) targets.set(Id, Target.startsWith('/') ? Target.slice(1) : `xl/${Target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    const part = targets.get(attributes['r:id']);
    if (part && attributes.name) names.set(part, decodeXml(attributes.name));
  }
  return names;
}
