import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Advisory } from '../scripts/audit-offline';
import { findVulnerable } from '../scripts/audit-offline';

const { advisories } = JSON.parse(
  readFileSync(path.join(__dirname, '../scripts/known-advisories.json'), 'utf8'),
) as { advisories: Advisory[] };

/** A small pnpm v9 lockfile: an app with a workspace package, a direct and a transitive dependency, dev tools. */
const LOCKFILE = `
lockfileVersion: '9.0'
importers:
  apps/api:
    dependencies:
      '@nianbao/rules':
        specifier: workspace:*
        version: link:../../packages/rules
      express:
        specifier: ^4.0.0
        version: 4.19.2
    devDependencies:
      minimist:
        specifier: 1.2.5
        version: 1.2.5
  packages/rules:
    dependencies:
      lodash:
        specifier: 4.17.20
        version: 4.17.20
packages:
  body-parser@1.20.2:
    resolution: {integrity: sha512-x}
  express@4.19.2:
    resolution: {integrity: sha512-x}
  lodash@4.17.20:
    resolution: {integrity: sha512-x}
  minimist@1.2.5:
    resolution: {integrity: sha512-x}
snapshots:
  body-parser@1.20.2: {}
  express@4.19.2:
    dependencies:
      body-parser: 1.20.2
  lodash@4.17.20: {}
  minimist@1.2.5: {}
`;

describe('the offline dependency audit', () => {
  it('finds vulnerable production packages, direct, transitive and in workspace packages', () => {
    const findings = findVulnerable(LOCKFILE, advisories);
    expect(findings.map((finding) => `${finding.package}@${finding.version}`).sort()).toEqual([
      'body-parser@1.20.2',
      'lodash@4.17.20',
    ]);
    expect(findings.find((finding) => finding.package === 'lodash')?.reason).toContain('GHSA-35jh-r3h4-6jhm');
  });

  it('ignores development tools: they never ship', () => {
    expect(findVulnerable(LOCKFILE, advisories).map((finding) => finding.package)).not.toContain('minimist');
  });

  it('passes once the vulnerable versions are upgraded', () => {
    const upgraded = LOCKFILE.replaceAll('4.17.20', '4.17.21')
      .replaceAll('body-parser@1.20.2', 'body-parser@1.20.3')
      .replace('body-parser: 1.20.2', 'body-parser: 1.20.3');
    expect(findVulnerable(upgraded, advisories)).toEqual([]);
  });

  it('the repository’s own production dependencies pass', () => {
    const lockfile = readFileSync(path.join(__dirname, '../../pnpm-lock.yaml'), 'utf8');
    expect(findVulnerable(lockfile, advisories)).toEqual([]);
  });
});
