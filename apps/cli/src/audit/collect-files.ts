import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Folders are walked recursively in name order; hidden files and folders (.git, .DS_Store…) are not reports. */
async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Every file named on the command line or inside a named folder; paths that do not exist are listed apart. */
export async function collectFiles(
  inputs: string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
