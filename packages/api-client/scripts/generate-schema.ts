import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OPENAPI_DOCUMENT, renderSchemaModule, SCHEMA_MODULE } from './render-schema';

// `--check` fails when the committed module differs from what apps/api/openapi.json generates (used by the tests).
// Another argument names a different OpenAPI document (e.g. one saved from a running API's /api/docs-json).
const isCheck = process.argv.includes('--check');
const documentArgument = process.argv.slice(2).find((argument) => !argument.startsWith('--'));

async function main(): Promise<void> {
  const documentPath = documentArgument ? path.resolve(documentArgument) : OPENAPI_DOCUMENT;
  if (!existsSync(documentPath)) throw new Error(`找不到 OpenAPI 文档：${documentPath}`);
  const source = await renderSchemaModule(documentPath);
  if (isCheck) {
    const current = existsSync(SCHEMA_MODULE) ? readFileSync(SCHEMA_MODULE, 'utf8') : '';
    if (current !== source) {
      throw new Error(
        `${path.relative(process.cwd(), SCHEMA_MODULE)} is stale: run \`pnpm --filter @nianbao/api-client generate\``,
      );
    }
    console.log('generated API types are up to date');
    return;
  }
  mkdirSync(path.dirname(SCHEMA_MODULE), { recursive: true });
  writeFileSync(SCHEMA_MODULE, source);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_MODULE)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
