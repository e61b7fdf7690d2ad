import { labelKey, normalizeLabel } from '@nianbao/rules';
import type { TextCell } from './text-cells';

/** The spellings a row or column label may take, normalised the way the published-report importer does. */
export interface LabelTargets {
  exact: Set<string>;
  unnumbered: Set<string>;
}

export function labelTargets(label: string, aliases: readonly string[] = []): LabelTargets {
  const normalized = [label, ...aliases].map(normalizeLabel);
  return { exact: new Set(normalized), unnumbered: new Set(normalized.map(labelKey).filter(Boolean)) };
}

/**
 * Text cells grouped by their normalised text, so each label is found by lookup rather than by scanning every cell
 * of a large workbook once per row of the format.
 */
export class LabelIndex {
  private readonly exact = new Map<string, TextCell[]>();
  private readonly unnumbered = new Map<string, TextCell[]>();

  constructor(readonly cells: readonly TextCell[]) {
    for (const cell of cells) {
      push(this.exact, cell.normalized, cell);
      if (cell.unnumbered) push(this.unnumbered, cell.unnumbered, cell);
    }
  }

  /** Cells showing the label as printed (`strong`) or the same words under another numbering (`weak`). */
  matches(targets: LabelTargets): { strong: TextCell[]; weak: TextCell[] } {
    const collect = (map: Map<string, TextCell[]>, keys: Set<string>) =>
      [...keys].flatMap((key) => map.get(key) ?? []).sort((a, b) => a.order - b.order);
    return { strong: collect(this.exact, targets.exact), weak: collect(this.unnumbered, targets.unnumbered) };
  }

  /** The first cell in reading order among the strongest matches that `accept` allows. */
  best(targets: LabelTargets, accept: (cell: TextCell) => boolean = () => true): TextCell | undefined {
    const { strong, weak } = this.matches(targets);
    return strong.find(accept) ?? weak.find(accept);
  }

  /** Every match of either strength that `accept` allows, in reading order. */
  all(targets: LabelTargets, accept: (cell: TextCell) => boolean): TextCell[] {
    const { strong, weak } = this.matches(targets);
    return [...new Set([...strong, ...weak])].filter(accept).sort((a, b) => a.order - b.order);
  }
}

function push(map: Map<string, TextCell[]>, key: string, cell: TextCell): void {
  const list = map.get(key);
  if (list) list.push(cell);
  else map.set(key, [cell]);
}
