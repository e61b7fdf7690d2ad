import type { SourceBlock } from '../sources/source-document';
import type { PageGeometry, Segment, TextRun } from './page-geometry';

/** Border lines closer than this (double borders, hairline + thick) are one line. */
const SAME_LINE = 2;
/** Shorter strokes are glyph decorations (underlines of a single character), not borders. */
const MIN_BORDER_LENGTH = 8;
/** A numbered heading (一、 （二） 3.) starts a new paragraph even right after a full line. */
const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
/** Rows of one table are never further apart than this (a row with a label wrapped over many lines). */
const MAX_ROW_HEIGHT = 160;

interface Level {
  y: number;
  x0: number;
  x1: number;
  /** The stretches the border actually covers: a merged cell below or above interrupts it. */
  spans: [number, number][];
}

interface Table {
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Row boundaries, top first. */
  levels: Level[];
}

const isHorizontal = (segment: Segment) =>
  Math.abs(segment.y0 - segment.y1) < 0.5 && Math.abs(segment.x1 - segment.x0) >= MIN_BORDER_LENGTH;
const isVertical = (segment: Segment) =>
  Math.abs(segment.x0 - segment.x1) < 0.5 && Math.abs(segment.y1 - segment.y0) >= MIN_BORDER_LENGTH;

/** Horizontal borders merged into levels: one y, the x extent they cover. */
function horizontalLevels(segments: Segment[]): Level[] {
  const lines = segments
    .filter(isHorizontal)
    .map((segment) => ({
      y: segment.y0,
      x0: Math.min(segment.x0, segment.x1),
      x1: Math.max(segment.x0, segment.x1),
    }))
    .sort((a, b) => b.y - a.y);
  const levels: Level[] = [];
  for (const line of lines) {
    const level = levels.find(
      (candidate) =>
        Math.abs(candidate.y - line.y) <= SAME_LINE && line.x0 <= candidate.x1 && line.x1 >= candidate.x0,
    );
    if (level) {
      level.x0 = Math.min(level.x0, line.x0);
      level.x1 = Math.max(level.x1, line.x1);
      level.spans.push([line.x0, line.x1]);
    } else levels.push({ ...line, spans: [[line.x0, line.x1]] });
  }
  return levels.sort((a, b) => b.y - a.y);
}

/**
 * Consecutive levels that overlap horizontally, sit close together and are joined by vertical borders form one table.
 * (Two tables with a heading between them have no vertical border across the gap; a table drawn with horizontal
 * rules only is held together by distance alone.)
 */
function tablesOf(levels: Level[], verticals: Segment[]): Table[] {
  const isJoined = (upper: number, lower: number) => {
    const middle = (upper + lower) / 2;
    return verticals.some(
      (segment) => Math.min(segment.y0, segment.y1) <= middle && Math.max(segment.y0, segment.y1) >= middle,
    );
  };
  const tables: Table[] = [];
  let current: Table | null = null;
  for (const level of levels) {
    const continues =
      current &&
      current.bottom - level.y <= MAX_ROW_HEIGHT &&
      level.x0 < current.x1 &&
      level.x1 > current.x0 &&
      (verticals.length === 0 || isJoined(current.bottom, level.y));
    if (current && continues) {
      if (current.bottom - level.y > SAME_LINE) current.levels.push(level);
      current.bottom = level.y;
      current.x0 = Math.min(current.x0, level.x0);
      current.x1 = Math.max(current.x1, level.x1);
    } else {
      current = { top: level.y, bottom: level.y, x0: level.x0, x1: level.x1, levels: [level] };
      tables.push(current);
    }
  }
  return tables.filter((table) => table.levels.length >= 2);
}

/** Where a run sits vertically: the middle of its glyphs, a little above the baseline. */
const middleOf = (run: TextRun) => run.y + run.size * 0.35;
const centreOf = (run: TextRun) => run.x + run.width / 2;

function isInside(run: TextRun, table: Table): boolean {
  const middle = middleOf(run);
  const centre = centreOf(run);
  return middle <= table.top && middle >= table.bottom && centre >= table.x0 - 1 && centre <= table.x1 + 1;
}

/** Runs of one cell in reading order: lines top to bottom, left to right within a line. */
function cellText(runs: TextRun[]): string {
  const sorted = [...runs].sort((a, b) =>
    Math.abs(a.y - b.y) > Math.min(a.size, b.size) * 0.5 ? b.y - a.y : a.x - b.x,
  );
  return sorted
    .map((run) => run.text)
    .join('')
    .trim();
}

/** Splits runs into cells where the gap between them is wider than about one character (borderless columns). */
function cellsByGaps(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: TextRun[][] = [];
  let end = -Infinity;
  for (const run of sorted) {
    if (cells.length === 0 || run.x - end > run.size * 1.2) cells.push([run]);
    else cells[cells.length - 1].push(run);
    end = Math.max(end, run.x + run.width);
  }
  return cells;
}

const covers = (level: Level, x: number) =>
  level.spans.some(([from, to]) => x >= from - SAME_LINE && x <= to + SAME_LINE);

/** x positions of the vertical borders crossing height `y` inside the table, left to right, table edges included. */
function columnEdges(table: Table, verticals: Segment[], y: number): number[] | null {
  const crossing = verticals.filter(
    (segment) => Math.min(segment.y0, segment.y1) <= y && Math.max(segment.y0, segment.y1) >= y,
  );
  if (!crossing.length) return null;
  const inner = crossing
    .map((segment) => segment.x0)
    .filter((x) => x > table.x0 + SAME_LINE && x < table.x1 - SAME_LINE)
    .sort((a, b) => a - b)
    .filter((x, index, all) => index === 0 || x - all[index - 1] > SAME_LINE);
  return [table.x0, ...inner, table.x1];
}

/**
 * Rebuilds the rows of a bordered table. A cell runs from a border above to the next border below that covers it, and
 * between the vertical borders of its first row; a merged cell appears once, in the first row it spans (as in HTML),
 * and blank cells stay in place so the values of a row keep their columns.
 */
function tableBlock(table: Table, runs: TextRun[], verticals: Segment[]): SourceBlock {
  const rows: string[][] = [];
  const { levels } = table;
  for (let index = 1; index < levels.length; index++) {
    const top = levels[index - 1];
    const middle = (top.y + levels[index].y) / 2;
    const edges = columnEdges(table, verticals, middle);
    if (!edges) {
      const inBand = runs.filter((run) => middleOf(run) <= top.y && middleOf(run) > levels[index].y);
      if (inBand.length) rows.push(cellsByGaps(inBand).map(cellText));
      continue;
    }
    const row: string[] = [];
    for (let column = 1; column < edges.length; column++) {
      const [left, right] = [edges[column - 1], edges[column]];
      const centre = (left + right) / 2;
      // Without a border on top, this is the lower part of a cell merged with the row above: already read there.
      if (!covers(top, centre)) continue;
      const below = levels.slice(index).find((level) => covers(level, centre)) ?? levels[levels.length - 1];
      const inside = runs.filter((run) => {
        const [x, y] = [centreOf(run), middleOf(run)];
        return x >= left && x <= right && y <= top.y && y > below.y;
      });
      row.push(cellText(inside));
    }
    if (row.some((cell) => cell)) rows.push(row);
  }
  return { kind: 'table', rows };
}

interface TextLine {
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

/** Text outside tables as lines: runs on one baseline, left to right. */
function textLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = lines.find(
      (candidate) => Math.abs(candidate.y - run.y) <= Math.max(candidate.size, run.size) * 0.5,
    );
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((line) => {
    const ordered = line.runs.sort((a, b) => a.x - b.x);
    return {
      y: line.y,
      size: line.size,
      x0: ordered[0].x,
      x1: Math.max(...ordered.map((run) => run.x + run.width)),
      text: ordered.map((run) => run.text).join(''),
    };
  });
}

/**
 * Lines of running text joined back into paragraphs: a line that reaches the right margin continues on the next
 * line unless that one is indented (a new paragraph) — so a sentence broken by the page width stays one sentence.
 */
function paragraphs(lines: TextLine[], left: number, right: number): string[] {
  const result: string[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    const continues =
      previous !== null &&
      previous.x1 >= right - previous.size * 1.5 &&
      line.x0 <= left + line.size * 0.5 &&
      !HEADING.test(text) &&
      previous.y - line.y <= Math.max(previous.size, line.size) * 2.2;
    if (continues) result[result.length - 1] += text;
    else result.push(text);
    previous = line;
  }
  return result;
}

/**
 * Rebuilds one page: tables from their borders (rows between horizontal borders, cells between the vertical ones
 * crossing each row, so labels wrapped over several lines and merged cells stay whole), the rest as paragraphs.
 * A page with text in columns but no borders gives its multi-column lines as table rows split at wide gaps.
 */
export function rebuildPage(page: PageGeometry): SourceBlock[] {
  const runs = page.runs.filter((run) => run.text.trim());
  const verticals = page.segments.filter(isVertical);
  const tables = tablesOf(horizontalLevels(page.segments), verticals);
  const items: { top: number; block: SourceBlock }[] = [];
  const outside = runs.filter((run) => !tables.some((table) => isInside(run, table)));
  for (const table of tables) {
    const block = tableBlock(
      table,
      runs.filter((run) => isInside(run, table)),
      verticals,
    );
    if (block.kind === 'table' && block.rows.length) items.push({ top: table.top, block });
  }
  const lines = textLines(outside);
  const borderless = tables.length === 0 ? lines.filter((line) => isTabular(line, outside)) : [];
  const labelLines = new Set<TextLine>();
  if (borderless.length >= 3) {
    const rows = borderless.map((line) => {
      const cells = cellsByGaps(outside.filter((run) => Math.abs(run.y - line.y) <= line.size * 0.5));
      const wrappedLabel = wrappedLabelOf(line, cells, lines, borderless);
      wrappedLabel.forEach((labelLine) => labelLines.add(labelLine));
      const texts = cells.map(cellText);
      return wrappedLabel.length
        ? [wrappedLabel.map((labelLine) => labelLine.text).join(''), ...texts]
        : texts;
    });
    items.push({ top: borderless[0].y, block: { kind: 'table', rows } });
  }
  const running = lines.filter((line) => !borderless.includes(line) && !labelLines.has(line));
  // Text between tables keeps its place: each stretch of lines between two tables is its own block.
  const stretches = new Map<number, typeof running>();
  for (const line of running) {
    const tableAbove = items.filter((item) => item.top > line.y).length;
    stretches.set(tableAbove, [...(stretches.get(tableAbove) ?? []), line]);
  }
  // Margins of the page's running text: a line reaching the right one continues on the next line.
  const left = Math.min(...running.map((line) => line.x0));
  const right = Math.max(...runs.map((run) => run.x + run.width));
  for (const stretch of stretches.values()) {
    const text = paragraphs(stretch, left, right);
    if (text.length) items.push({ top: stretch[0].y, block: { kind: 'text', lines: text } });
  }
  return items.sort((a, b) => b.top - a.top).map((item) => item.block);
}

const NUMBER_CELL = /^[\d,.]+$/;

/**
 * A borderless row that starts with its values: its label wrapped over two lines, printed above and below the
 * values as Word centres them. Those lines, left of the values and nearer this row than any other, are its label.
 */
function wrappedLabelOf(row: TextLine, cells: TextRun[][], lines: TextLine[], rows: TextLine[]): TextLine[] {
  if (!NUMBER_CELL.test(cellText(cells[0]))) return [];
  const valuesStart = Math.min(...cells[0].map((run) => run.x));
  const nearestRow = (line: TextLine) =>
    rows.reduce((best, candidate) =>
      Math.abs(candidate.y - line.y) < Math.abs(best.y - line.y) ? candidate : best,
    );
  return lines
    .filter(
      (line) =>
        !rows.includes(line) &&
        line.x1 < valuesStart &&
        Math.abs(line.y - row.y) <= row.size * 1.6 &&
        nearestRow(line) === row,
    )
    .sort((a, b) => b.y - a.y);
}

/** A line of two or more cells separated by wide gaps, one of them a number: a row of a borderless table. */
function isTabular(line: { y: number; size: number }, runs: TextRun[]): boolean {
  const cells = cellsByGaps(runs.filter((run) => Math.abs(run.y - line.y) <= line.size * 0.5)).map(cellText);
  return cells.length >= 2 && cells.some((cell) => NUMBER_CELL.test(cell));
}
