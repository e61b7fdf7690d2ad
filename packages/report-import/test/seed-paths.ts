import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real published reports live in ../shared beside the repository (also in CI). */
export const SEEDS_DIR = path.resolve(__dirname, '../../../../shared/fixtures/seeds');
export const OFFICIAL_2021_TEMPLATE = path.resolve(
  __dirname,
  '../../../../shared/fixtures/official-2021-template.docx',
);
export const FIXTURES_DIR = path.resolve(__dirname, 'fixtures');

export function readSeed(name: string): { fileName: string; data: Uint8Array } {
  return { fileName: name, data: readFileSync(path.join(SEEDS_DIR, name)) };
}

export function readFixture(name: string): { fileName: string; data: Uint8Array } {
  return { fileName: name, data: readFileSync(path.join(FIXTURES_DIR, name)) };
}
