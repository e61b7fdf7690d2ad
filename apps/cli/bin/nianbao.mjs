#!/usr/bin/env node
// Runs the nianbao command from the workspace: builds what changed (quietly, through turbo's cache), then starts it.
// Build output goes to stderr only when the build fails, so `--json` output on stdout stays clean.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(appDir, '../..');
if (process.env.NIANBAO_SKIP_BUILD !== '1') {
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@nianbao/cli...', '--output-logs=errors-only'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    },
  );
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    process.stderr.write('nianbao：构建失败，请先修复上面的错误。\n');
    process.exit(2);
  }
}
const require = createRequire(import.meta.url);
const { main } = require(resolve(appDir, 'dist/main.js'));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
