// Writes docs/workflow.md, or with --check fails when the committed file is out of date.
// Usage: tsx scripts/generate-workflow-doc.ts [--check] [path]
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { WORKFLOW_DOC_PATH, renderWorkflowMarkdown } from './render-workflow-doc';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const isCheck = args.includes('--check');
  const path = args.find((arg) => arg !== '--check') ?? WORKFLOW_DOC_PATH;
  // Formatted like every other Markdown file so `prettier --check .` stays clean.
  const options = await resolveConfig(WORKFLOW_DOC_PATH);
  const doc = await format(renderWorkflowMarkdown(), { ...options, filepath: WORKFLOW_DOC_PATH });

  if (!isCheck) {
    writeFileSync(path, doc);
    console.log(`wrote ${path}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (committed !== doc) {
    console.error(`${path} is out of date: run \`pnpm --filter @nianbao/workflow run docs\` and commit it.`);
    process.exitCode = 1;
  }
}

void main();
