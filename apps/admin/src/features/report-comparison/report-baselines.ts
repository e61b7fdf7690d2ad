import type { ApiSchemas } from '@nianbao/api-client';
import type { ReportValues } from '@nianbao/rules';

type History = ApiSchemas['ReportHistoryOutput'];

/** Values a report is compared with, and how to name them on screen. */
export interface Baseline {
  label: string;
  values: ReportValues;
}

/**
 * The contents a reviewer saw last time: the newest saved version at the submission before the current one (for a
 * report waiting for review), or at the latest submission (for a draft being corrected). `null` at first submission.
 */
export function previousSubmission(history: History, isSubmitted: boolean): Baseline | null {
  const submissions = history.events.filter((event) => event.action === 'report.submit');
  const submission = submissions[isSubmitted ? 1 : 0];
  if (!submission) return null;
  const submittedAt = new Date(submission.at).getTime();
  // Versions are listed newest first.
  const version = history.versions.find((candidate) => new Date(candidate.savedAt).getTime() <= submittedAt);
  if (!version) return null;
  return {
    label: `上次提交（${new Date(submission.at).toLocaleString('zh-CN')}）`,
    values: version.values,
  };
}

/** Cells whose number differs between two sets of values (a cell missing on one side counts as not filled). */
export function changedCells(current: ReportValues, baseline: ReportValues): Set<string> {
  const changed = new Set<string>();
  for (const code of new Set([...Object.keys(current), ...Object.keys(baseline)])) {
    if ((current[code] ?? null) !== (baseline[code] ?? null)) changed.add(code);
  }
  return changed;
}
