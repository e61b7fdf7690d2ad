import type { Violation } from './report';

/**
 * A finding's stable key: the SOFT explanation a submitter writes is stored under it. Table findings are named by
 * their rule and cells; a narrative number by the number stated too (two sentences may quote the same cells), and a
 * 内容雷同 finding by its section.
 */
export function findingKey(
  violation: Pick<Violation, 'ruleId' | 'cells' | 'actual'> & { sectionId?: string },
): string {
  if (violation.sectionId) return `${violation.ruleId}:${violation.sectionId}`;
  const base = `${violation.ruleId}:${violation.cells.join(',')}`;
  return violation.ruleId.startsWith('NARRATIVE-') ? `${base}:${violation.actual ?? ''}` : base;
}
