import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countSubmissionFindings } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import { ReportTransitionHub } from '../reports/report-transition.hub';
import { hasNarrativeText } from '../reports/report-narrative';
import { ReportValidationService } from '../reports/report-validation.service';
import type { FindingsSource } from './report-metrics.repository';
import { keptFindings, writeReportMetrics } from './report-metrics.repository';

/**
 * Keeps the per-report summary rows (`report_metrics`) in step: after every workflow action and every publication
 * recorded or withdrawn, and whenever another module stores a report (the history import calls `refreshReport`).
 */
@Injectable()
export class AnalyticsMetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly validation: ReportValidationService,
    transitions: ReportTransitionHub,
  ) {
    transitions.subscribe((event) => this.refreshReport(event.reportId));
  }

  /** Rewrites the report's summary row from what is stored now. */
  async refreshReport(reportId: number): Promise<void> {
    await writeReportMetrics(this.dataSource.manager, this.findingsAtSubmission, [reportId]);
  }

  /** Rewrites every report's summary row (the demo seed; a repair after a bulk change). */
  refreshAll(): Promise<number> {
    return writeReportMetrics(this.dataSource.manager, this.findingsAtSubmission);
  }

  /**
   * The findings of the first submission: recorded by the refresh that follows it (the report is then in review, its
   * contents exactly what was submitted) and kept through returns and resubmissions.
   */
  private readonly findingsAtSubmission: FindingsSource = async (subject) => {
    const kept = keptFindings(subject.stored);
    if (kept || subject.report.submittedAt === null || subject.report.state === 'draft') return kept;
    const { violations } = await this.validation.validate(subject);
    return countSubmissionFindings(violations, {
      isNarrativeChecked: hasNarrativeText(subject.report.narrative),
    });
  };
}
