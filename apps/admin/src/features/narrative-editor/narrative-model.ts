import type { ApiSchemas } from '@nianbao/api-client';

export type Narrative = ApiSchemas['NarrativeDto'];
export type NarrativeSection = ApiSchemas['NarrativeSectionDto'];
export type NarrativeBlock = ApiSchemas['NarrativeBlockDto'];
export type BlockKind = 'paragraph' | 'heading' | 'ordered-list' | 'list';

/** A section, or a sub-topic inside one (e.g.（二）依申请公开 inside 一、总体情况). */
export interface SectionPath {
  section: number;
  subsection?: number;
}

export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  paragraph: '段落',
  heading: '小标题',
  'ordered-list': '编号列表',
  list: '列表',
};

export function kindOf(block: NarrativeBlock): BlockKind {
  if (block.type !== 'list') return block.type;
  return block.ordered ? 'ordered-list' : 'list';
}

/** A list is edited as one text, an item per line. */
export function blockText(block: NarrativeBlock): string {
  return block.type === 'list' ? (block.items ?? []).join('\n') : (block.text ?? '');
}

export function makeBlock(kind: BlockKind, text: string): NarrativeBlock {
  if (kind === 'paragraph' || kind === 'heading') return { type: kind, text };
  return { type: 'list', ordered: kind === 'ordered-list', items: text.split('\n') };
}

export function sectionAt(narrative: Narrative, path: SectionPath): NarrativeSection | undefined {
  const section = narrative.sections[path.section];
  return path.subsection === undefined ? section : section?.subsections[path.subsection];
}

/** The narrative with one section's blocks replaced; everything else is shared, not copied. */
export function withBlocks(
  narrative: Narrative,
  path: SectionPath,
  change: (blocks: NarrativeBlock[]) => NarrativeBlock[],
): Narrative {
  return {
    ...narrative,
    sections: narrative.sections.map((section, index) => {
      if (index !== path.section) return section;
      if (path.subsection === undefined) return { ...section, blocks: change(section.blocks) };
      return {
        ...section,
        subsections: section.subsections.map((sub, subIndex) =>
          subIndex === path.subsection ? { ...sub, blocks: change(sub.blocks) } : sub,
        ),
      };
    }),
  };
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return items;
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item);
  return moved;
}

export function replaceItem<T>(items: T[], index: number, item: T): T[] {
  return items.map((current, position) => (position === index ? item : current));
}

/** 一、二、… for the next free legacy section. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function newLegacySection(narrative: Narrative): NarrativeSection {
  const count = narrative.sections.length;
  const ids = new Set(narrative.sections.map((section) => section.id));
  let next = count + 1;
  while (ids.has(`section-${next}`)) next += 1;
  return { id: `section-${next}`, title: `${NUMERALS[count] ?? count + 1}、`, blocks: [], subsections: [] };
}
