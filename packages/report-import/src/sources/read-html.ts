import { Parser } from 'htmlparser2';
import { assertLooksLikeText, decodeText } from './decode-text';
import type { SourceBlock, SourceDocument } from './source-document';

interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'button',
  'iframe',
  'svg',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const CHARSET_DECLARATION = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

function parseHtml(html: string): { root: HtmlElement; title: string | null } {
  const root: HtmlElement = { name: '#root', attribs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let pageTitle = '';
  let articleTitle: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: HtmlElement = { name, attribs, children: [] };
        stack[stack.length - 1].children.push(element);
        stack.push(element);
        if (name === 'meta' && /^articletitle$/i.test(attribs.name ?? '') && attribs.content) {
          articleTitle = attribs.content;
        }
      },
      ontext(text) {
        const current = stack[stack.length - 1];
        if (current.name === 'title') pageTitle += text;
        current.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const title = (articleTitle ?? pageTitle).trim();
  return { root, title: title || null };
}

/** Collects lines of text, breaking at block elements the way a browser lays the page out. */
class LineCollector {
  readonly lines: string[] = [];
  private current = '';

  append(text: string): void {
    this.current += text.replace(/[ \t\r\n\f]+/g, ' ');
  }

  breakLine(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }
}

function elementChildren(element: HtmlElement, names: string[]): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (names.includes(child.name)) found.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.name)) found.push(...elementChildren(child, names));
  }
  return found;
}

function containsTable(element: HtmlElement): boolean {
  return element.children.some(
    (child) => typeof child !== 'string' && (child.name === 'table' || containsTable(child)),
  );
}

function cellText(cell: HtmlElement): string {
  const collector = new LineCollector();
  walkFlow(cell, collector, []);
  collector.breakLine();
  return collector.lines.join('\n');
}

/** Rows of the table's own cells; a rowspan/colspan cell appears once, where it starts, as in the markup. */
function tableRows(table: HtmlElement): string[][] {
  return elementChildren(table, ['tr'])
    .map((row) => elementChildren(row, ['td', 'th']).map(cellText))
    .filter((row) => row.length > 0);
}

/**
 * Walks the page in reading order. A table is data when it holds no other table and has rows of several cells;
 * layout tables (the whole article in one cell, or wrapping the data tables) are read as running text.
 */
function walkFlow(element: HtmlElement, collector: LineCollector, blocks: SourceBlock[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      collector.append(child);
      continue;
    }
    if (SKIPPED.has(child.name)) continue;
    if (child.name === 'table' && !containsTable(child)) {
      const rows = tableRows(child);
      if (rows.some((row) => row.length >= 2)) {
        collector.breakLine();
        if (collector.lines.length > 0) blocks.push({ kind: 'text', lines: collector.lines.splice(0) });
        blocks.push({ kind: 'table', rows });
        continue;
      }
    }
    const isBlock = BLOCKS.has(child.name);
    if (isBlock) collector.breakLine();
    walkFlow(child, collector, blocks);
    if (isBlock) collector.breakLine();
  }
}

/** Reads a saved government web page: its data tables, and its text (which may hold a table printed cell by cell). */
export function readHtml(data: Uint8Array): SourceDocument {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 4096));
  const html = decodeText(data, CHARSET_DECLARATION.exec(head)?.[1] ?? null);
  assertLooksLikeText(data, html, '网页（.html）');
  const { root, title } = parseHtml(html);
  const collector = new LineCollector();
  const blocks: SourceBlock[] = [];
  walkFlow(root, collector, blocks);
  collector.breakLine();
  if (collector.lines.length > 0) blocks.push({ kind: 'text', lines: collector.lines });
  return { source: 'html', title, blocks };
}
