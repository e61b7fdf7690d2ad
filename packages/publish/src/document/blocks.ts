import type { LiveRun } from '@nianbao/rules';

/**
 * The narrative is structured text, never HTML: a clerk writes headings, paragraphs and lists, and every renderer
 * decides how they look. A paragraph with live numbers keeps them as `runs` (typed text and references to the
 * tables); its `text` is then what they print as for this report's values, refreshed whenever a document is made.
 */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; runs?: LiveRun[] }
  | { type: 'list'; ordered: boolean; items: string[] };

export const BLOCK_TYPES: readonly Block['type'][] = ['heading', 'paragraph', 'list'];

/** The text of a block as a reader sees it, one line per paragraph or list item. */
export function blockLines(block: Block): string[] {
  return block.type === 'list' ? block.items : [block.text];
}
