import { execFileSync } from 'node:child_process';
import path from 'node:path';

// openapi-typescript loads ES modules, so the check runs in its own Node process, exactly as a developer would.
test('the generated types match the API’s committed OpenAPI document', () => {
  const packageFolder = path.resolve(__dirname, '..');
  const tsx = path.join(packageFolder, 'node_modules/tsx/dist/cli.mjs');
  const run = () =>
    execFileSync(process.execPath, [tsx, 'scripts/generate-schema.ts', '--check'], {
      cwd: packageFolder,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  expect(run).not.toThrow();
}, 60_000);
