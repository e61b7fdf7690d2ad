import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../src/app-setup';
import { startTestApp } from './support/test-app';
import type { TestApp } from './support/test-app';

const COMMITTED = path.join(__dirname, '../openapi.json');

// The committed OpenAPI document is what client generators and reviewers read; it must match the code.
// `pnpm --filter @nianbao/api openapi` rewrites it (then formats it with prettier).
describe('apps/api/openapi.json', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
  });

  afterAll(() => api.close());

  it('is the document the API serves at /api/docs-json', async () => {
    const document = JSON.parse(JSON.stringify(buildOpenApiDocument(api.app)));
    if (process.env.UPDATE_OPENAPI === '1') {
      writeFileSync(COMMITTED, `${JSON.stringify(document, null, 2)}\n`);
    }
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(committed).toEqual(document);
  });
});
