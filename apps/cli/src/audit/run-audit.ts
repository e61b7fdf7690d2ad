import { basename } from 'node:path';
import {
  type AgencyLevel,
  checkNarrative,
  checkStructure,
  type Severity,
  validateReport,
} from '@nianbao/rules';
import { UnreadableReportError } from '../report-file';
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

/**
 * Audits every file: reads it (a file that cannot be read is a failure of that file only), then checks each report's
 * tables, its narrative against the tables, its sections, and — when the batch holds the same agency's report of the
 * year before — the cross-year chains.
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
        // One broken file must not stop a batch of hundreds: even an unforeseen error is that file's failure.
        const message = error instanceof Error ? error.message : String(error);
        failures.push({
          file,
          index,
          error: error instanceof UnreadableReportError ? message : `读取时发生意外错误：${message}`,
        });
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_FILES }, reader));
  // Files finish in any order; chains and duplicates are decided in the order the files were given.
  loaded.sort((a, b) => a.index - b.index);
  const previous = previousYearReports(loaded);
  const duplicates = sameYearDuplicates(loaded);
  const reports: AuditedReport[] = loaded.sort(byAgencyAndYear).map((entry) => {
    const before = previous.get(entry);
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
      ...(duplicates.has(entry) ? [duplicateFinding(duplicates.get(entry)!)] : []),
    ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return {
      file: entry.file,
      report: entry.report,
      findings,
      unreadableCells: entry.unreadableCells,
      hasPreviousYear: !!before,
    };
  });
  return {
    reports,
    failures: failures.sort((a, b) => a.index - b.index).map(({ file, error }) => ({ file, error })),
  };
}
