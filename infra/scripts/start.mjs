#!/usr/bin/env node
// `pnpm start`: builds what the product serves — the API, the admin app and the mini-program's H5 build — through
// turbo's cache (a second start with nothing changed rebuilds nothing), then runs the API, which serves all three.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVED_BUILDS = ['@nianbao/api#build', '@nianbao/admin#build', 'miniapp#build:h5'];

const startedAt = Date.now();
console.log(
  '正在构建 API、管理端和 H5（未改动的部分直接取缓存）… / Building the API, admin app and H5 (cached when unchanged)…',
);
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', ...SERVED_BUILDS, '--output-logs=errors-only', '--log-prefix=none'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  },
);
if (build.status !== 0) {
  if (build.error) console.error(String(build.error));
  console.error('构建失败，未启动。/ The build failed; nothing was started.');
  process.exit(1);
}
console.log(`构建完成 Built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; 正在启动 starting…`);

createRequire(import.meta.url)(resolve(root, 'apps/api/dist/main.js'));
