import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAdmin } from './browser/api-server';
import { ADMIN_FOLDER } from './browser/vite-dev-server';

jest.setTimeout(60_000);

// Township offices often browse with 360 or QQ browsers on an older Chromium core. Vite lowers syntax to the
// build target (Chrome 88, antd 6's own floor) but cannot add methods the engine lacks: these would break there.
const MISSING_BEFORE_CHROME_88 = [
  { use: '.at(-', since: 'Chrome 92' },
  { use: 'Object.hasOwn(', since: 'Chrome 93' },
  { use: 'structuredClone(', since: 'Chrome 98' },
  { use: '.findLast(', since: 'Chrome 97' },
  { use: '.findLastIndex(', since: 'Chrome 97' },
  { use: '.toSorted(', since: 'Chrome 110' },
  { use: 'Object.groupBy(', since: 'Chrome 117' },
  { use: 'Promise.withResolvers(', since: 'Chrome 119' },
];

test('the production build uses no built-in that a Chrome 88 core lacks', () => {
  buildAdmin();
  const assets = path.join(ADMIN_FOLDER, 'dist/assets');
  const uses = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .flatMap((name) => {
      const code = readFileSync(path.join(assets, name), 'utf8');
      return MISSING_BEFORE_CHROME_88.filter(({ use }) => code.includes(use)).map(
        ({ use, since }) => `${name}: ${use} (${since})`,
      );
    });
  expect(uses).toEqual([]);
});
