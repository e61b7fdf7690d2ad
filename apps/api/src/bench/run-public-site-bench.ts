import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * `pnpm --filter @nianbao/api bench:public-site`: the built API as `pnpm start` runs it (embedded sql.js, demo data),
 * then 50 concurrent readers on loopback for the 年报专栏's front page and a report page. Prints a Markdown table
 * and writes it into docs/performance.md between the public-site-bench markers. Target: p99 < 100 ms.
 */
const PORT = 3983;
const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const P99_TARGET_MS = 100;
const DIST = path.resolve(__dirname, '..');
const PERFORMANCE_MD = path.resolve(DIST, '../../../docs/performance.md');
const BLOCK_BEGIN = '<!-- public-site-bench:begin -->';
const BLOCK_END = '<!-- public-site-bench:end -->';

async function waitForSite(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function measure(name: string, url: string): Promise<string> {
  // Warm-up: the first requests compile the templates' code paths.
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  const p99 = result.latency.p99;
  const isMet = p99 < P99_TARGET_MS && result.non2xx === 0 && result.errors === 0;
  return `| ${name} | ${CONNECTIONS} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${p99} | ${result.non2xx + result.errors} | ${isMet ? 'met' : '**missed**'} |`;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'nianbao-public-bench-'));
  const api = spawn(process.execPath, [path.join(DIST, 'main.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DB_MODE: 'embedded',
      EMBEDDED_DB_FILE: path.join(folder, 'bench.sqlite'),
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    await waitForSite(`${origin}/gk/`);
    const home = await (await fetch(`${origin}/gk/`)).text();
    const reportPath = /href="(\/gk\/reports\/\d+)"/.exec(home)?.[1];
    if (!reportPath) throw new Error('the front page lists no report');
    const rows = [
      await measure('`/gk/` front page', `${origin}/gk/`),
      await measure('`/gk/reports/:id` report page', `${origin}${reportPath}`),
    ];
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${DURATION_SECONDS} s each, autocannon on loopback, embedded sql.js with the demo data, no CDN in front).`,
      '',
      '| page | readers | requests/s | p50 ms | p99 ms | errors | p99 < 100 ms |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    console.log(table);
    const markdown = readFileSync(PERFORMANCE_MD, 'utf8');
    const block = `${BLOCK_BEGIN}\n${table}\n${BLOCK_END}`;
    const updated = markdown.includes(BLOCK_BEGIN)
      ? markdown.replace(new RegExp(`${BLOCK_BEGIN}[\\s\\S]*?${BLOCK_END}`), block)
      : `${markdown.trimEnd()}\n\n## 年报专栏 (public site)\n\n\`pnpm --filter @nianbao/api bench:public-site\`\n\n${block}\n`;
    writeFileSync(PERFORMANCE_MD, updated);
  } finally {
    api.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
