#!/usr/bin/env node
// Runs the nianbao command from the workspace: builds what changed, then starts it.
// NIANBAO_SKIP_BUILD=1 skips even the staleness check (benchmarks, or a build known to be current).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(appDir, '../..');
if (process.env.NIANBAO_SKIP_BUILD !== '1' && !buildIfStale(appDir, root)) {
  process.stderr.write('nianbao：构建失败，请先修复上面的错误。\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { main } = require(resolve(appDir, 'dist/main.js'));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
