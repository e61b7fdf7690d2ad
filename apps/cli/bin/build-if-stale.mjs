// Keeps the build output of the CLI and of the workspace packages it uses in step with their sources.
// Asking turbo costs about a second even when nothing changed (pnpm and turbo start, every input is hashed): most of
// a one-file `nianbao check`. So a stat walk decides first, in a few milliseconds: turbo runs only when a source file
// is newer than the last successful build, or a package's build output is missing.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Written after each successful build and dated when that build started, so a file saved meanwhile is newer. */
const STAMP = 'dist/.build-stamp';
/** Besides `src/`, the files whose change changes a package's build output. */
const BUILD_INPUTS = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The package at `dir` and, through `dependencies`, every workspace package it uses: directory → package.json. */
function workspacePackages(dir, found = new Map()) {
  if (found.has(dir)) return found;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  found.set(dir, manifest);
  for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
    if (version.startsWith('workspace:'))
      workspacePackages(realpathSync(join(dir, 'node_modules', name)), found);
  }
  return found;
}

/** The newest modification time under `path`; folders count too, as deleting a file changes only its folder's. */
function newestChange(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    info.mtimeMs,
  );
}

/** True when turbo must run: no successful build yet, an output missing, or an input changed since. */
export function isStale(appDir, root) {
  const builtAt = statSync(join(appDir, STAMP), { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined) return true;
  if (newestChange(join(root, 'tsconfig.base.json')) >= builtAt) return true;
  for (const [dir, manifest] of workspacePackages(appDir)) {
    if (manifest.main && !existsSync(join(dir, manifest.main))) return true;
    if (BUILD_INPUTS.some((input) => newestChange(join(dir, input)) >= builtAt)) return true;
  }
  return false;
}

/**
 * Builds what changed (quietly, through turbo's cache) unless the build output is known to be current.
 * Build output goes to stderr only when the build fails, so `--json` output on stdout stays clean.
 * Returns false when the build failed.
 */
export function buildIfStale(appDir, root) {
  if (!isStale(appDir, root)) return true;
  const startedAt = new Date();
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
    return false;
  }
  const stamp = join(appDir, STAMP);
  writeFileSync(stamp, '');
  utimesSync(stamp, startedAt, startedAt);
  return true;
}
