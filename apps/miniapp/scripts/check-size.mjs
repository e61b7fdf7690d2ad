// Fails when the weapp main package (everything outside the subpackage folders) exceeds the budget. WeChat refuses
// a main package over 2 MB; we keep 0.5 MB of room. Prints the sizes so CI logs show the trend.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAIN_PACKAGE_BUDGET_BYTES = 1.5 * 1024 * 1024;

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Bytes of the main package and of each subpackage of a weapp build folder. */
export function measurePackages(weappFolder) {
  const appJson = JSON.parse(readFileSync(path.join(weappFolder, 'app.json'), 'utf8'));
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
  const sizes = { main: 0, subpackages: Object.fromEntries(roots.map((root) => [root, 0])) };
  for (const file of filesUnder(weappFolder)) {
    const relative = path.relative(weappFolder, file).split(path.sep).join('/');
    if (relative === 'project.config.json' || relative.endsWith('.map')) continue;
    const bytes = statSync(file).size;
    const root = roots.find((candidate) => relative.startsWith(`${candidate}/`));
    if (root) sizes.subpackages[root] += bytes;
    else sizes.main += bytes;
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/weapp');
  const sizes = measurePackages(folder);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`main package ${kb(sizes.main)} (budget ${kb(MAIN_PACKAGE_BUDGET_BYTES)})`);
  for (const [root, bytes] of Object.entries(sizes.subpackages))
    console.log(`subpackage ${root} ${kb(bytes)}`);
  if (sizes.main > MAIN_PACKAGE_BUDGET_BYTES) {
    console.error('the main package is over budget: move rarely used pages into a subpackage');
    process.exit(1);
  }
}
