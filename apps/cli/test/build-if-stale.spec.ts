import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from './run-cli';

const BUILD_IF_STALE = resolve(__dirname, '../bin/build-if-stale.mjs');

/** Runs the binary's staleness check in its own Node process, as bin/nianbao.mjs does. */
function isStale(root: string): boolean {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { isStale } = await import(${JSON.stringify(BUILD_IF_STALE)});
       process.stdout.write(String(isStale(${JSON.stringify(join(root, 'app'))}, ${JSON.stringify(root)})));`,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout === 'true';
}

const HOUR_AGO = new Date(Date.now() - 3600_000);
const NOW = new Date();
const LATER = new Date(Date.now() + 3600_000);

function write(path: string, text: string, time: Date) {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, time, time);
}

/** An app using one workspace library (through node_modules, as pnpm links it), built after its last edit. */
function builtWorkspace(): string {
  const root = scratchDir();
  write(join(root, 'tsconfig.base.json'), '{}', HOUR_AGO);
  write(
    join(root, 'app/package.json'),
    JSON.stringify({ main: 'dist/main.js', dependencies: { '@x/lib': 'workspace:*', left: '1.0.0' } }),
    HOUR_AGO,
  );
  write(join(root, 'app/src/main.ts'), '', HOUR_AGO);
  write(join(root, 'app/dist/main.js'), '', NOW);
  write(join(root, 'lib/package.json'), JSON.stringify({ main: 'dist/index.js' }), HOUR_AGO);
  write(join(root, 'lib/src/index.ts'), '', HOUR_AGO);
  write(join(root, 'lib/src/unused.ts'), '', HOUR_AGO);
  write(join(root, 'lib/dist/index.js'), '', NOW);
  for (const folder of ['app/src', 'lib/src', 'app', 'lib'])
    utimesSync(join(root, folder), HOUR_AGO, HOUR_AGO);
  mkdirSync(join(root, 'app/node_modules/@x'), { recursive: true });
  symlinkSync('../../../lib', join(root, 'app/node_modules/@x/lib'));
  write(join(root, 'app/dist/.build-stamp'), '', NOW);
  return root;
}

describe('bin/nianbao.mjs asks turbo to build only when the build is stale', () => {
  it('skips the build when every source is older than the last successful build', () => {
    expect(isStale(builtWorkspace())).toBe(false);
  });

  it('builds when a source of a workspace dependency changed', () => {
    const root = builtWorkspace();
    utimesSync(join(root, 'lib/src/index.ts'), LATER, LATER);
    expect(isStale(root)).toBe(true);
  });

  it('builds when a source file was deleted, which only its folder’s time shows', () => {
    const root = builtWorkspace();
    rmSync(join(root, 'lib/src/unused.ts'));
    expect(isStale(root)).toBe(true);
  });

  it('builds when a package’s output is missing or no build has succeeded yet', () => {
    const withoutOutput = builtWorkspace();
    rmSync(join(withoutOutput, 'lib/dist/index.js'));
    expect(isStale(withoutOutput)).toBe(true);
    const neverBuilt = builtWorkspace();
    rmSync(join(neverBuilt, 'app/dist/.build-stamp'));
    expect(isStale(neverBuilt)).toBe(true);
  });
});
