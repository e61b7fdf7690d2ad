// Writes the `## Mini-program` section of docs/performance.md from the last builds and the last browser test run
// (`pnpm --filter miniapp build` leaves dist/weapp and dist/h5, `pnpm --filter miniapp bench` dist/h5-measurements.json).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MAIN_PACKAGE_BUDGET_BYTES, measurePackages } from './check-size.mjs';

const appFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docFile = path.resolve(appFolder, '../../docs/performance.md');
const HEADING = '## Mini-program';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const packages = measurePackages(path.join(appFolder, 'dist/weapp'));
const jsFolder = path.join(appFolder, 'dist/h5/js');
const scripts = readdirSync(jsFolder).filter((name) => name.endsWith('.js'));
const h5Bytes = scripts.reduce((sum, name) => sum + statSync(path.join(jsFolder, name)).size, 0);
const h5Gzip = scripts.reduce(
  (sum, name) => sum + gzipSync(readFileSync(path.join(jsFolder, name))).length,
  0,
);
const measured = JSON.parse(readFileSync(path.join(appFolder, 'dist/h5-measurements.json'), 'utf8'));
const firstScreenBytes = measured.firstScreenScripts.reduce((sum, script) => sum + script.bytes, 0);

const section = `${HEADING}

Written by \`pnpm --filter miniapp perf:report\` after \`pnpm --filter miniapp bench\` on ${new Date().toISOString().slice(0, 10)},
Node ${process.version}, ${os.cpus().length} cores. The first screen is measured by the bench: Debian Chromium,
390×844, the H5 build served by the API at \`/m/\` on loopback, from navigation until the login form takes input.

| measure | target | result |
|---|---|---|
| weapp main package (everything outside subpackages) | ≤ ${kb(MAIN_PACKAGE_BUDGET_BYTES)} (WeChat: 2 MB) | ${kb(packages.main)} |
${Object.entries(packages.subpackages)
  .map(([root, bytes]) => `| weapp subpackage \`${root}\` | — | ${kb(bytes)} |`)
  .join('\n')}
| H5 JavaScript, all chunks (${scripts.length} files) | — | ${kb(h5Bytes)} (${kb(h5Gzip)} gzip) |
| H5 JavaScript loaded for the first screen | — | ${kb(firstScreenBytes)} (${measured.firstScreenScripts.length} files, as served) |
| H5 first screen interactive (median of cold loads: ${measured.coldLoadsMs.join(' / ')} ms) | < 2 s | ${measured.firstScreenMs} ms |
`;

const doc = readFileSync(docFile, 'utf8');
const start = doc.indexOf(`${HEADING}\n`);
const end = start === -1 ? -1 : doc.indexOf('\n## ', start + HEADING.length);
const updated =
  start === -1
    ? `${doc.trimEnd()}\n\n${section}`
    : `${doc.slice(0, start)}${section}${end === -1 ? '' : doc.slice(end)}`;
writeFileSync(docFile, updated);
console.log(section);
