import { Text, View } from '@tarojs/components';
import { gridCellCode } from '@nianbao/rules';
import type { FormatId, GridDef, RowDef, SectionDef } from '@nianbao/rules';

interface SectionViewProps {
  formatId: FormatId;
  section: SectionDef;
  values: Record<string, number | null>;
  /** Cells named by a violation or a comment, shown highlighted. */
  flaggedCells: ReadonlySet<string>;
}

function depthOf(grid: GridDef, row: RowDef): number {
  let depth = 0;
  let parent = row.parent;
  while (parent) {
    depth += 1;
    parent = grid.rows.find((candidate) => candidate.code === parent)?.parent;
  }
  return depth;
}

function formatValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/**
 * One section of the official tables, read-only and narrow enough for a phone: one line per row; a grid with
 * several value columns lists each column under its row rather than a wide table that would need scrolling.
 */
export function SectionView({ formatId, section, values, flaggedCells }: SectionViewProps) {
  return (
    <View className="section">
      <Text className="section__title">{section.title}</Text>
      {section.grids.map((grid) => (
        <View key={grid.code} className="grid">
          {grid.caption && <Text className="grid__caption">{grid.caption}</Text>}
          {grid.rows.map((row) => {
            const indent = { paddingLeft: `${depthOf(grid, row) * 12}px` };
            if (row.isHeading)
              return (
                <Text key={row.code} className="grid__heading" style={indent}>
                  {row.label}
                </Text>
              );
            const cells = grid.columns.map((column) => ({
              column,
              code: gridCellCode(formatId, grid, row.code, column.code) ?? '',
            }));
            if (cells.length === 1) {
              const [{ code }] = cells;
              return (
                <View key={row.code} className={`grid__row${flaggedCells.has(code) ? ' is-flagged' : ''}`}>
                  <Text className="grid__label" style={indent}>
                    {row.label}
                  </Text>
                  <Text className="grid__value">{formatValue(values[code])}</Text>
                </View>
              );
            }
            return (
              <View key={row.code} className="grid__block">
                <Text className="grid__label" style={indent}>
                  {row.label}
                </Text>
                <View className="grid__cells">
                  {cells.map(({ column, code }) => (
                    <View
                      key={column.code}
                      className={`grid__cell${flaggedCells.has(code) ? ' is-flagged' : ''}`}
                    >
                      <Text className="grid__cell-label">{column.label}</Text>
                      <Text className="grid__value">{formatValue(values[code])}</Text>
                    </View>
                  ))}
                </View>
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
