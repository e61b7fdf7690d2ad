import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PREAMBLE =
  "# Performance\n\nFigures measured on this project's 2-core machine. Each section is written by its benchmark script.\n";

/** Replaces the section under `heading` in docs/performance.md (or appends it), leaving the other benches' sections. */
export function writePerformanceSection(root, heading, section) {
  const docPath = join(root, 'docs/performance.md');
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : PREAMBLE;
  const start = current.indexOf(`${heading}\n`);
  let next;
  if (start >= 0) {
    const after = current.indexOf('\n## ', start + heading.length);
    next = current.slice(0, start) + section + (after >= 0 ? current.slice(after + 1) : '');
  } else {
    next = `${current.trimEnd()}\n\n${section}`;
  }
  writeFileSync(docPath, next);
  console.log(`updated ${docPath}`);
}
