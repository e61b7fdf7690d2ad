const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/** Unique, valid worksheet names (≤ 31 characters, none of \ / ? * [ ] :) from agency names. */
export function uniqueSheetNames(wanted: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return wanted.map((raw) => {
    const base =
      raw
        .replace(FORBIDDEN, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || '未命名单位';
    let name = base.slice(0, MAX_LENGTH);
    for (let suffix = 2; used.has(name.toLowerCase()); suffix++) {
      const tail = `(${suffix})`;
      name = base.slice(0, MAX_LENGTH - tail.length) + tail;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
