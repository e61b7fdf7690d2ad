/** Reports not submitted yet (not started, draft, returned) are all in the `draft` state. */
export function unfinishedCount(counts: { byState: Record<string, number> }): number {
  return counts.byState.draft ?? 0;
}
