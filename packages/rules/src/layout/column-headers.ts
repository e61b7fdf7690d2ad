import type { LayoutCell } from './layout-types';

/**
 * Column header cells for header paths (outermost label first), one grid column per path, starting at `firstColumn`:
 * a group label spans the columns under it, a path shorter than the deepest reaches down to the last header row —
 * 自然人 and 总计 beside 申请人情况 › 法人或其他组织 › 商业企业….
 */
export function columnHeaders(paths: string[][], firstColumn: number): LayoutCell[] {
  const depth = Math.max(...paths.map((path) => path.length));
  const cells: LayoutCell[] = [];
  for (let level = 0; level < depth; level++) {
    let index = 0;
    while (index < paths.length) {
      const path = paths[index];
      if (level >= path.length) {
        index++;
        continue;
      }
      const isGroup = level < path.length - 1;
      let end = index + 1;
      while (isGroup && end < paths.length && sharesGroup(paths[end], path, level)) end++;
      cells.push({
        row: level,
        col: firstColumn + index,
        rowSpan: isGroup ? 1 : depth - level,
        colSpan: end - index,
        role: 'columnHeader',
        text: path[level],
        ...(isGroup ? { isGroup } : {}),
      });
      index = end;
    }
  }
  return cells;
}

/** Does `other` sit under the same group label as `path` at `level`? */
function sharesGroup(other: string[], path: string[], level: number): boolean {
  return other.length > level + 1 && path.slice(0, level + 1).every((label, index) => other[index] === label);
}
