import { agencyFromFileName } from './file-name-hints';
import { compactName, nameKey, nameSimilarity, placeLevel } from './org-name';

/** An org a report may belong to, with the names of the orgs above it (root first: 示范市, 东区). */
export interface OrgCandidate {
  id: number;
  name: string;
  ancestors: readonly string[];
}

/** `matched`: safe to store as proposed; `doubtful`: a person should look; `unmatched`: no proposal. */
export type AgencyMatchLevel = 'matched' | 'doubtful' | 'unmatched';

export interface AgencyMatch {
  orgId: number | null;
  /** 0–1. */
  confidence: number;
  level: AgencyMatchLevel;
  /** Chinese: why this org is proposed, or why none is. */
  reason: string;
  /** Other orgs the name may mean, most likely first. */
  alternativeOrgIds: number[];
}

export interface AgencyMatchInput {
  /** The agency the report names (report-meta), when one was found. */
  agency: string | null;
  /** The file's name, read when the text names no known org. */
  fileName?: string;
  orgs: readonly OrgCandidate[];
}

/** At or above: proposed as matched. */
export const MATCHED_CONFIDENCE = 0.85;
/** Similar names below this are not proposed at all. */
const MIN_SIMILARITY = 0.6;
/** A proposal read from the file name rather than the text counts a little less. */
const FILE_NAME_PENALTY = 0.05;
/** Several orgs equally likely: never more than doubtful. */
const AMBIGUOUS_CONFIDENCE = 0.6;

interface Alias {
  key: string;
  orgId: number;
  confidence: number;
  reason: string;
}

/** The org's name without the place it sits in: `东区教育局` under 东区 → `教育局`, `区统计局` → `统计局`. */
function coreName(name: string, ancestors: readonly string[]): string {
  for (const ancestor of [...ancestors].reverse()) {
    if (name.startsWith(ancestor) && name.length > ancestor.length) return name.slice(ancestor.length);
  }
  const parentLevel = placeLevel(ancestors[ancestors.length - 1] ?? '');
  if (parentLevel && name.startsWith(parentLevel) && !placeLevel(name)) return name.slice(parentLevel.length);
  return name;
}

/**
 * Every way a report names the org, with how sure each is: its name; the full name with the places above it
 * (`宝山区统计局`, `上海市宝山区统计局`); the short name with the parent's level (`区统计局`, and `区` for the district
 * government itself); the bare core (`统计局`).
 */
function aliasesOf(org: OrgCandidate): Alias[] {
  const name = compactName(org.name);
  const ancestors = org.ancestors.map(compactName);
  const core = coreName(name, ancestors);
  const parentLevel = placeLevel(ancestors[ancestors.length - 1] ?? '');
  const ownLevel = placeLevel(name);
  // An org entered as `区统计局` is itself a short name: every district's 统计局 may be printed so.
  const isShortName = parentLevel !== null && name === parentLevel + core;
  const aliases: Alias[] = [
    isShortName
      ? { key: name, orgId: org.id, confidence: 0.9, reason: `简称“${name}”` }
      : { key: name, orgId: org.id, confidence: 1, reason: '名称与单位名称一致' },
  ];
  for (let start = ancestors.length - 1; start >= 0; start--) {
    aliases.push({
      key: ancestors.slice(start).join('') + core,
      orgId: org.id,
      confidence: 0.95,
      reason: '名称为带上级地名的全称',
    });
  }
  if (core !== name && parentLevel && !ownLevel)
    aliases.push({
      key: parentLevel + core,
      orgId: org.id,
      confidence: 0.9,
      reason: `简称“${parentLevel + core}”`,
    });
  if (ownLevel && ancestors.length > 0)
    aliases.push({ key: ownLevel, orgId: org.id, confidence: 0.9, reason: `简称“${ownLevel}政府”` });
  if (core !== name)
    aliases.push({ key: core, orgId: org.id, confidence: 0.8, reason: `简称“${core}”（未写地名）` });
  return aliases.map((alias) => ({ ...alias, key: nameKey(alias.key) }));
}

/** `区统计局（杨陵区统计局）`: the whole, and each part inside and outside the brackets. */
function namesIn(agency: string): string[] {
  const compact = compactName(agency);
  const parts = compact.split(/[()（）]/).filter((part) => part.length >= 1);
  return [...new Set([compact, ...parts])];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function unmatched(reason: string): AgencyMatch {
  return { orgId: null, confidence: 0, level: 'unmatched', reason, alternativeOrgIds: [] };
}

function matchName(agency: string, aliases: readonly Alias[]): AgencyMatch {
  const keys = namesIn(agency).map(nameKey);
  const best = new Map<number, Alias>();
  for (const alias of aliases) {
    if (!keys.includes(alias.key)) continue;
    const known = best.get(alias.orgId);
    if (!known || known.confidence < alias.confidence) best.set(alias.orgId, alias);
  }
  const exact = [...best.values()].sort((left, right) => right.confidence - left.confidence);
  if (exact.length > 0) {
    const [first, ...others] = exact;
    const tied = others.filter((other) => other.confidence === first.confidence);
    if (tied.length > 0)
      return {
        orgId: first.orgId,
        confidence: Math.min(first.confidence, AMBIGUOUS_CONFIDENCE),
        level: 'doubtful',
        reason: `“${agency}”可能是 ${tied.length + 1} 个单位中的任何一个，请确认`,
        alternativeOrgIds: others.map((other) => other.orgId),
      };
    return {
      orgId: first.orgId,
      confidence: first.confidence,
      level: first.confidence >= MATCHED_CONFIDENCE ? 'matched' : 'doubtful',
      reason: first.reason,
      alternativeOrgIds: others.map((other) => other.orgId),
    };
  }

  const similar = new Map<number, number>();
  for (const alias of aliases) {
    const similarity = Math.max(...keys.map((key) => nameSimilarity(key, alias.key))) * alias.confidence;
    if (similarity >= MIN_SIMILARITY && similarity > (similar.get(alias.orgId) ?? 0))
      similar.set(alias.orgId, similarity);
  }
  const ranked = [...similar.entries()].sort((left, right) => right[1] - left[1]);
  if (ranked.length === 0) return unmatched(`没有与“${agency}”名称相近的单位`);
  const [[orgId, similarity], ...others] = ranked;
  return {
    orgId,
    confidence: Math.round(similarity * 0.8 * 100) / 100,
    level: 'doubtful',
    reason: `名称相近（相似度 ${percent(similarity)}），请确认`,
    alternativeOrgIds: others.slice(0, 4).map(([id]) => id),
  };
}

/**
 * Proposes the org a past report belongs to, among the orgs the uploader looks after, by the agency the report
 * names — or, when that names no known org, by its file name. Pure: the caller gives the candidates.
 */
export function matchAgencyToOrg({ agency, fileName, orgs }: AgencyMatchInput): AgencyMatch {
  const aliases = orgs.flatMap(aliasesOf);
  const byText = agency ? matchName(agency, aliases) : unmatched('报告中没有找到单位名称');
  if (byText.level === 'matched' || !fileName) return byText;
  const named = agencyFromFileName(fileName);
  if (!named) return byText;
  const byFile = matchName(named, aliases);
  if (byFile.orgId === null) return byText;
  const confidence = Math.round((byFile.confidence - FILE_NAME_PENALTY) * 100) / 100;
  if (confidence <= byText.confidence) return byText;
  return {
    ...byFile,
    confidence,
    level: byFile.level === 'matched' && confidence >= MATCHED_CONFIDENCE ? 'matched' : 'doubtful',
    reason: `按文件名“${named}”：${byFile.reason}`,
  };
}
