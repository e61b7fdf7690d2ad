import { readFileSync } from 'node:fs';
import path from 'node:path';
import { satisfies } from 'semver';
import { parse } from 'yaml';

export interface Advisory {
  package: string;
  range: string;
  severity: 'high' | 'critical';
  id: string;
  title: string;
}

export interface Finding {
  package: string;
  version: string;
  reason: string;
}

interface Lockfile {
  importers: Record<string, { dependencies?: Record<string, { version: string }> }>;
  packages?: Record<string, { deprecated?: string }>;
  snapshots?: Record<
    string,
    { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  >;
}

/** `name@1.2.3(peer@4)` → ['name', '1.2.3']; scoped names keep their leading @. */
function splitKey(key: string): [string, string] {
  const withoutPeers = key.replace(/\(.*$/, '');
  const at = withoutPeers.lastIndexOf('@');
  return [withoutPeers.slice(0, at), withoutPeers.slice(at + 1)];
}

/**
 * Every package that ships at runtime: the `dependencies` (not devDependencies) of each workspace package and,
 * through the lockfile's snapshots, everything they depend on. Workspace links are followed by their importer.
 */
export function productionPackages(lockfile: Lockfile): Set<string> {
  const found = new Set<string>();
  const pending: string[] = [];
  const visitImporter = new Set<string>();
  const enqueue = (name: string, version: string, fromImporter: string) => {
    if (version.startsWith('link:')) {
      const importer = path.posix.normalize(path.posix.join(fromImporter, version.slice('link:'.length)));
      if (!visitImporter.has(importer)) {
        visitImporter.add(importer);
        for (const [dependency, entry] of Object.entries(lockfile.importers[importer]?.dependencies ?? {}))
          enqueue(dependency, entry.version, importer);
      }
      return;
    }
    const key = `${name}@${version}`;
    if (!found.has(key)) {
      found.add(key);
      pending.push(key);
    }
  };
  for (const [importer, entry] of Object.entries(lockfile.importers)) {
    visitImporter.add(importer);
    for (const [name, dependency] of Object.entries(entry.dependencies ?? {}))
      enqueue(name, dependency.version, importer);
  }
  while (pending.length > 0) {
    const snapshot = lockfile.snapshots?.[pending.pop() as string];
    const children = { ...snapshot?.dependencies, ...snapshot?.optionalDependencies };
    for (const [name, version] of Object.entries(children)) enqueue(name, version, '.');
  }
  return found;
}

/** Production packages with a known high/critical advisory, or deprecated by their authors for security reasons. */
export function findVulnerable(lockfileText: string, advisories: Advisory[]): Finding[] {
  const lockfile = parse(lockfileText) as Lockfile;
  const findings: Finding[] = [];
  for (const key of productionPackages(lockfile)) {
    const [name, version] = splitKey(key);
    for (const advisory of advisories)
      if (advisory.package === name && satisfies(version, advisory.range, { includePrerelease: true }))
        findings.push({
          package: name,
          version,
          reason: `${advisory.severity} ${advisory.id}: ${advisory.title}`,
        });
    const deprecated = lockfile.packages?.[`${name}@${version}`]?.deprecated;
    if (deprecated && /secur|vulnerab|CVE-/i.test(deprecated))
      findings.push({ package: name, version, reason: `deprecated: ${deprecated}` });
  }
  return findings;
}

function main(): void {
  const lockfilePath = process.argv[2] ?? path.resolve(__dirname, '../../pnpm-lock.yaml');
  const { advisories } = JSON.parse(readFileSync(path.join(__dirname, 'known-advisories.json'), 'utf8')) as {
    advisories: Advisory[];
  };
  const lockfileText = readFileSync(lockfilePath, 'utf8');
  const findings = findVulnerable(lockfileText, advisories);
  const checked = productionPackages(parse(lockfileText) as Lockfile).size;
  for (const finding of findings) console.error(`${finding.package}@${finding.version}  ${finding.reason}`);
  console.log(
    `offline check: ${checked} production packages against ${advisories.length} advisories — ${findings.length} found`,
  );
  process.exit(findings.length > 0 ? 1 : 0);
}

if (require.main === module) main();
