import { basename } from 'node:path';
import {
  type AgencyLevel,
  checkNarrative,
  checkStructure,
  type Severity,
  validateReport,
} from '@nianbao/rules';
import { fileFailure } from '../file-failure';
import type { AuditedReport, AuditFailure, AuditFinding, AuditResult } from './audit-result';
import { byAgencyAndYear, previousYearReports, sameYearDuplicates } from './cross-year';
import { type LoadedAuditReport, loadAuditReport } from './load-audit-report';

export interface AuditOptions {
  /** Agency level for every report (otherwise guessed from each agency's name). */
  level: AgencyLevel | null;
  /** Called after each file, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

const SEVERITY_ORDER: Record<Severity, number> = { HARD: 0, SOFT: 1, INFO: 2 };

type Loaded = LoadedAuditReport & { file: string; index: number };

const CONCURRENT_FILES = 2;

function duplicateFinding(others: Loaded[]): AuditFinding {
  return {
    ruleId: 'AUDIT-DUPLICATE',
    severity: 'INFO',
    message: `同一单位同一年度还有 ${others.length} 份报告：${others.map((other) => basename(other.file)).join('、')}；跨年度比对只用其中第一份`,
    cells: [],
  };
}

/** Every check of one read report: its tables, its narrative against them, its sections, the year before. */
function auditReport(
  entry: Loaded,
  before: Loaded | undefined,
  sameYear: Loaded[] | undefined,
): AuditedReport {
  const findings: AuditFinding[] = [
    ...validateReport(entry.report, { previous: before?.report }),
    ...checkNarrative(entry.narrative, entry.report),
    ...checkStructure(entry.narrative, entry.report),
    ...entry.notes.map((note): AuditFinding => ({
      ruleId: 'IMPORT-NOTE',
      severity: 'INFO',
      message: note,
      cells: [],
    })),
    ...(sameYear ? [duplicateFinding(sameYear)] : []),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    file: entry.file,
    report: entry.report,
    findings,
    unreadableCells: entry.unreadableCells,
    hasPreviousYear: !!before,
  };
}

/**
 * Audits every file: reads it, then checks each report's tables, its narrative against the tables, its sections,
 * and — when the batch holds the same agency's report of the year before — the cross-year chains. A file that cannot
 * be read or checked is a failure of that file only.
 */
export async function runAudit(files: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const loaded: Loaded[] = [];
  const failures: (AuditFailure & { index: number })[] = [];
  let next = 0;
  let done = 0;
  // Two files at a time: while one waits for a PDF worker, the other is read and matched.
  const reader = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      try {
        loaded.push({ file, index, ...(await loadAuditReport(file, options.level)) });
      } catch (error) {
        failures.push({ file, index, error: fileFailure(error).message });
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_FILES }, reader));
  // Files finish in any order; chains and duplicates are decided in the order the files were given.
  loaded.sort((a, b) => a.index - b.index);
  const previous = previousYearReports(loaded);
  const duplicates = sameYearDuplicates(loaded);
  const reports: AuditedReport[] = [];
  for (const entry of loaded.sort(byAgencyAndYear)) {
    try {
      reports.push(auditReport(entry, previous.get(entry), duplicates.get(entry)));
    } catch (error) {
      // A check tripping over one report's values loses that report, not the batch.
      failures.push({ file: entry.file, index: entry.index, error: fileFailure(error).message });
    }
  }
  return {
    reports,
    failures: failures.sort((a, b) => a.index - b.index).map(({ file, error }) => ({ file, error })),
  };
}
