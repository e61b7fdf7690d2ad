interface LiveNumberValue {
  source: string;
  text: string;
}

export interface LiveNumberChange extends LiveNumberValue {
  /** What the same reference printed in the version before, when that differs. */
  before?: string;
}

/**
 * The numbers a version's narrative printed from its tables, each with what the version before printed when that
 * differs — how the history shows that a table change moved the text with it.
 */
export function liveNumberChanges(
  version: readonly LiveNumberValue[],
  older: readonly LiveNumberValue[] | undefined,
): LiveNumberChange[] {
  const remaining = [...(older ?? [])];
  return version.map((value) => {
    const index = remaining.findIndex((candidate) => candidate.source === value.source);
    if (index < 0) return { ...value };
    const [previous] = remaining.splice(index, 1);
    return previous.text === value.text ? { ...value } : { ...value, before: previous.text };
  });
}
