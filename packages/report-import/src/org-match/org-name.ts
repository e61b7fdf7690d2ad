/** Place levels a government's name ends with: 示范市, 东区, 宁海县, 锡林郭勒盟 …旗, 东湖镇, 东山乡, 东城街道. */
const PLACE_END = /(?:市|区|县|旗|盟|州|镇|乡|街道)$/;
/** What a government's report is signed with besides its place name, stripped from the end one after another. */
const GOVERNMENT_SUFFIXES = ['办公室', '办公厅', '党政办', '党政', '人民政府', '政府', '人民', '办事处'];
/** Wording that differs between a department's short and full name without naming another department. */
const DEPARTMENT_WORDING: readonly [RegExp, string][] = [
  [/委员会$/, '委'],
  [/委员会/g, '委'],
  [/[和与及、]/g, ''],
];

/** Full-width forms folded, whitespace, quotes and brackets removed: the way two printings of a name compare. */
export function compactName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000"'“”‘’《》〈〉【】[\]]/g, '')
    .replace(/^中共/, '');
}

/**
 * `东湖镇人民政府` → `东湖镇`, `宁海县人民政府办公室` → `宁海县`, `东城街道办事处` → `东城街道`, `区政府办公室` → `区`:
 * a government's report names the government, its office or its 办事处, all meaning the place's own org.
 */
export function withoutGovernmentSuffix(name: string): string {
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of GOVERNMENT_SUFFIXES) {
      if (rest.endsWith(suffix) && rest.length > suffix.length) {
        rest = rest.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return rest !== name && (PLACE_END.test(rest) || rest.length === 1) ? rest : name;
}

/** The key two names are compared by: compacted, government suffixes dropped, 委员会 read as 委, 和 left out. */
export function nameKey(name: string): string {
  let key = withoutGovernmentSuffix(compactName(name));
  for (const [pattern, replacement] of DEPARTMENT_WORDING) key = key.replace(pattern, replacement);
  return key;
}

/** The level word a place name ends with (`东区` → `区`, `示范市` → `市`), or null for a department. */
export function placeLevel(name: string): string | null {
  return PLACE_END.exec(name)?.[0] ?? null;
}

/** Sørensen–Dice similarity of the character pairs of two names, 0–1. */
export function nameSimilarity(left: string, right: string): number {
  if (left === right) return 1;
  const pairs = (text: string) =>
    Array.from({ length: Math.max(text.length - 1, 0) }, (_, i) => text.slice(i, i + 2));
  const leftPairs = pairs(left);
  const rightPairs = pairs(right);
  if (leftPairs.length === 0 || rightPairs.length === 0) return 0;
  const remaining = [...rightPairs];
  let common = 0;
  for (const pair of leftPairs) {
    const index = remaining.indexOf(pair);
    if (index >= 0) {
      remaining.splice(index, 1);
      common += 1;
    }
  }
  return (2 * common) / (leftPairs.length + rightPairs.length);
}
