import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

/** apps/api/dist when run from the build, where the benches start the built API. */
export const DIST = path.resolve(__dirname, '..');
const PERFORMANCE_MD = path.resolve(DIST, '../../../docs/performance.md');

export const loadAverage = () => loadavg()[0].toFixed(1);
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** p50 / p95 / max of `count` requests one after another, after five unmeasured ones. */
export async function sequential(
  count: number,
  call: (index: number) => Promise<Response>,
): Promise<{ p50: number; p95: number; max: number }> {
  for (let warm = 0; warm < 5; warm += 1) await (await call(warm)).arrayBuffer();
  const timings: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await call(index);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`benchmark request failed with ${response.status}`);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))];
  return { p50: at(0.5), p95: at(0.95), max: timings[timings.length - 1] };
}

export function start(script: string, environment: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(DIST, script)], {
    env: environment,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code) console.error(`${script} exited with ${code}`);
  });
  return child;
}

export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/** Replaces the generated block between `<!-- <marker>:begin -->` and its end; the hand-written text around stays. */
export function writeIntoPerformanceDoc(marker: string, report: string): void {
  const [beginMark, endMark] = [`<!-- ${marker}:begin -->`, `<!-- ${marker}:end -->`];
  const document = readFileSync(PERFORMANCE_MD, 'utf8');
  const begin = document.indexOf(beginMark);
  const end = document.indexOf(endMark);
  if (begin === -1 || end < begin) {
    console.error(`docs/performance.md has no ${beginMark} … ${endMark} block: not updated.`);
    return;
  }
  writeFileSync(
    PERFORMANCE_MD,
    `${document.slice(0, begin + beginMark.length)}\n${report}\n${document.slice(end)}`,
  );
}
