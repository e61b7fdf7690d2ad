import { readFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

export const OPENAPI_DOCUMENT = path.resolve(__dirname, '../../../apps/api/openapi.json');
export const SCHEMA_MODULE = path.resolve(__dirname, '../src/generated/schema.ts');

const BANNER = `// Generated from apps/api/openapi.json by \`pnpm --filter @nianbao/api-client generate\`. Do not edit.\n\n`;

/** The TypeScript module of the API's paths and schemas, exactly as the generate command writes it. */
export async function renderSchemaModule(documentPath = OPENAPI_DOCUMENT): Promise<string> {
  const document = JSON.parse(readFileSync(documentPath, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true });
  const prettierConfig = await resolveConfig(SCHEMA_MODULE);
  return format(BANNER + astToString(ast), { ...prettierConfig, parser: 'typescript' });
}
