import type { PageGeometry, Segment, TextRun } from './page-geometry';
import type { RawPage } from './pdf-worker';

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Path-data opcodes of pdf.js's constructPath (its DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
/** Filled shapes thinner than this are borders drawn as rectangles. */
const THIN = 3;

/** Straight segments of one path, in page units. Curves end a straight run. */
function pathSegments(data: ArrayLike<number>, matrix: Matrix): Segment[] {
  const segments: Segment[] = [];
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  for (let index = 0; index < data.length;) {
    const op = data[index];
    if (op === DRAW.moveTo || op === DRAW.lineTo) {
      const point = apply(matrix, data[index + 1], data[index + 2]);
      if (op === DRAW.lineTo && current)
        segments.push({ x0: current[0], y0: current[1], x1: point[0], y1: point[1] });
      if (op === DRAW.moveTo) start = point;
      current = point;
      index += 3;
    } else if (op === DRAW.curveTo) {
      current = apply(matrix, data[index + 5], data[index + 6]);
      index += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      current = apply(matrix, data[index + 3], data[index + 4]);
      index += 5;
    } else if (op === DRAW.closePath) {
      if (current && start) segments.push({ x0: current[0], y0: current[1], x1: start[0], y1: start[1] });
      current = start;
      index += 1;
    } else break;
  }
  return segments;
}

/** A filled thin rectangle (how Word draws borders) as the line through its middle. */
function thinShapeAsLine(segments: Segment[]): Segment | null {
  if (!segments.length) return null;
  const xs = segments.flatMap((segment) => [segment.x0, segment.x1]);
  const ys = segments.flatMap((segment) => [segment.y0, segment.y1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 <= THIN && x1 - x0 > THIN) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (x1 - x0 <= THIN && y1 - y0 > THIN) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

/** Border lines of a page: stroked segments, and thin filled rectangles. `ops` are pdf.js's operator codes. */
function pageSegments(page: RawPage, ops: Record<string, number>): Segment[] {
  const strokes = [
    'stroke',
    'closeStroke',
    'fillStroke',
    'eoFillStroke',
    'closeFillStroke',
    'closeEOFillStroke',
  ].map((name) => ops[name]);
  const fills = [ops.fill, ops.eoFill];
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = IDENTITY;
  page.fnArray.forEach((fn, index) => {
    const args = page.argsArray[index];
    if (fn === ops.save) stack.push(matrix);
    else if (fn === ops.restore) matrix = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) matrix = multiply(matrix, args as Matrix);
    else if (fn === ops.constructPath) {
      const [paint, [data]] = args as [number, ArrayLike<number>[]];
      if (!data) return;
      const path = pathSegments(data, matrix);
      if (strokes.includes(paint)) segments.push(...path);
      else if (fills.includes(paint)) {
        const line = thinShapeAsLine(path);
        if (line) segments.push(line);
      }
    }
  });
  return segments;
}

function textRuns(items: RawPage['items']): TextRun[] {
  return items
    .filter((item) => item.str.trim() && Array.isArray(item.transform))
    .map((item) => {
      const [a, b, , , x, y] = item.transform;
      return { text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 };
    });
}

/** The text runs and border lines of one page. */
export function pageGeometry(page: RawPage, ops: Record<string, number>): PageGeometry {
  return { runs: textRuns(page.items), segments: pageSegments(page, ops) };
}
