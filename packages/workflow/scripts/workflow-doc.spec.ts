import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKFLOW_DOC_PATH, renderWorkflowMarkdown } from './render-workflow-doc';

const TSX = join(__dirname, '../node_modules/.bin/tsx');
const GENERATOR = join(__dirname, 'generate-workflow-doc.ts');

/** Runs the generator's --check on a file; returns its error output, or null when the file is current. */
function checkDoc(path: string): string | null {
  try {
    execFileSync(TSX, [GENERATOR, '--check', path], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('docs/workflow.md', () => {
  it('is up to date with the workflow definition (run `pnpm --filter @nianbao/workflow run docs`)', () => {
    expect(checkDoc(WORKFLOW_DOC_PATH)).toBeNull();
  });

  it('is reported out of date once it differs from the definition', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'workflow-doc-')), 'workflow.md');
    writeFileSync(stale, readFileSync(WORKFLOW_DOC_PATH, 'utf8').replace('待区审核', '待县审核'));
    expect(checkDoc(stale)).toContain('is out of date');
  });

  it('draws the diagram from the definition, including the edges that exist only with a sign-off off', () => {
    const doc = renderWorkflowMarkdown();
    expect(doc).toContain('stateDiagram-v2');
    expect(doc).toContain('state "待区分管领导审批" as pending_district_leader');
    expect(doc).toContain('pending_district --> pending_district_leader: 通过');
    expect(doc).toContain('pending_district --> pending_city: 通过（区分管领导审批关闭时）');
    expect(doc).toContain('approved --> draft: 重新打开');
  });
});
