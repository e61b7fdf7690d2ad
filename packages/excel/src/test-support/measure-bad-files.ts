// Run by bad-files.spec.ts in a fresh Node process: imports the bad files named on the command line and reports
// the error codes and the peak memory of the whole process, so the 300 MB ceiling is measured without jest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExcelImportError, importWorkbook } from '../index';

async function codeOf(file: string): Promise<string> {
  try {
    await importWorkbook(readFileSync(file), { fileName: path.basename(file) });
    return 'imported';
  } catch (error) {
    return error instanceof ExcelImportError ? error.code : `crashed: ${String(error)}`;
  }
}

async function main() {
  const codes: Record<string, string> = {};
  for (const file of process.argv.slice(2)) codes[path.basename(file, '.xlsx')] = await codeOf(file);
  process.stdout.write(JSON.stringify({ codes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
