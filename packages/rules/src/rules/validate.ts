import type { FormatId } from '../formats/types';
import type { ReportData, Severity, Violation } from '../report';
import { RULES, type RuleDef } from './catalogue';
import type { Check } from './checks';
import { evaluateRule } from './evaluate';

export interface ValidateOptions {
  /** The same agency's report of the previous year, for the cross-year rules. */
  previous?: ReportData | null;
}

const checkCache = new Map<FormatId, { rule: RuleDef; checks: Check[] }[]>();

/** Every rule of a format with its generated checks (generated once per format). */
export function rulesFor(formatId: FormatId): readonly { rule: RuleDef; checks: readonly Check[] }[] {
  let entries = checkCache.get(formatId);
  if (!entries) {
    entries = RULES.filter((rule) => rule.formats.includes(formatId)).map((rule) => ({
      rule,
      checks: rule.checksFor(formatId),
    }));
    checkCache.set(formatId, entries);
  }
  return entries;
}

const SEVERITY_ORDER: Record<Severity, number> = { HARD: 0, SOFT: 1, INFO: 2 };

/** Runs every rule of the report's format, HARD findings first. */
export function validateReport(report: ReportData, options: ValidateOptions = {}): Violation[] {
  const context = { report, previous: options.previous ?? undefined };
  const violations = rulesFor(report.formatId).flatMap(({ rule, checks }) =>
    rule.needsPrevious && !context.previous ? [] : evaluateRule(rule, checks, context),
  );
  return violations.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function hasBlockingViolation(violations: readonly Violation[]): boolean {
  return violations.some((violation) => violation.severity === 'HARD');
}
