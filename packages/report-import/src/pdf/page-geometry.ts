/** A piece of text as the PDF places it: baseline position, width and font size, in page units (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A straight line segment drawn on the page (table borders), in page units. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What one page holds for rebuilding its tables. */
export interface PageGeometry {
  runs: TextRun[];
  segments: Segment[];
}
