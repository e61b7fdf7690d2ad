import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkReportDocument } from '@nianbao/publish';
import { findingKey, validateReport } from '@nianbao/rules';
import type { AgencyLevel, ReportData, Violation } from '@nianbao/rules';
import { summarizeValidation } from '@nianbao/workflow';
import type { OrgType, ValidationSummary } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import { EntityRowReader, firstRow } from '../../database/entity-row-reader';
import { Campaign } from '../campaigns/entities/campaign.entity';
import type { Org } from '../orgs/entities/org.entity';
import { Report } from './entities/report.entity';
import type { ReportInContext } from './report-access.service';
import { hasNarrativeText, narrativeDocument } from './report-narrative';

export const AGENCY_LEVEL: Record<OrgType, AgencyLevel> = {
  city: 'city-government',
  district: 'county-government',
  township: 'township',
  district_department: 'county-department',
  city_department: 'city-department',
};

export interface ExplainedViolation extends Violation {
  /** Identifies the finding; explanations are stored under this key. */
  key: string;
  explanation: string | null;
}

export interface ValidationResult {
  violations: ExplainedViolation[];
  summary: ValidationSummary;
}

/** The same org's approved report of the year before, with its campaign. */
export interface PreviousYearReport {
  report: Report;
  campaign: Campaign;
}

export function reportData(report: Pick<Report, 'values'>, org: Org, campaign: Campaign): ReportData {
  return {
    formatId: campaign.formatId,
    reportYear: campaign.reportYear,
    agency: org.name,
    agencyLevel: AGENCY_LEVEL[org.type],
    values: report.values,
  };
}

/** Server-side validation with the rules package, the same functions the clients run. */
@Injectable()
export class ReportValidationService {
  private readonly reportRow: EntityRowReader<Report>;
  private readonly campaignRow: EntityRowReader<Campaign>;
  private readonly previousYearSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const report = (this.reportRow = new EntityRowReader(dataSource, Report, 'report'));
    const campaign = (this.campaignRow = new EntityRowReader(dataSource, Campaign, 'campaign'));
    this.previousYearSql =
      `SELECT ${report.selectList}, ${campaign.selectList} FROM ${report.from}` +
      ` INNER JOIN ${campaign.from} ON ${campaign.column('id')} = ${report.column('campaignId')}` +
      ` WHERE ${report.column('orgId')} = ? AND ${campaign.column('reportYear')} = ? AND ${report.column('state')} = ?` +
      ` ORDER BY ${report.column('id')} DESC LIMIT 1`;
  }

  /**
   * The table rules, and — once the narrative has text — the narrative-versus-table checks, the six sections and
   * 内容雷同 against last year's narrative. Explanations of SOFT findings are looked up by their key.
   */
  async validate(
    { report, org, campaign }: ReportInContext,
    { unreadableCells }: { unreadableCells?: readonly string[] } = {},
  ): Promise<ValidationResult> {
    const previousYear = await this.previousYear(org, campaign);
    const data = { ...reportData(report, org, campaign), unreadableCells };
    const previous = previousYear ? reportData(previousYear.report, org, previousYear.campaign) : null;
    const narrativeFindings = hasNarrativeText(report.narrative)
      ? checkReportDocument(narrativeDocument(data, report.narrative, previous), {
          previous:
            previous && hasNarrativeText(previousYear?.report.narrative ?? null)
              ? narrativeDocument(previous, previousYear?.report.narrative)
              : undefined,
        })
      : [];
    const violations = [...validateReport(data, { previous }), ...narrativeFindings].map((violation) => {
      const key = findingKey(violation);
      return { ...violation, key, explanation: report.explanations[key]?.trim() || null };
    });
    return {
      violations,
      summary: summarizeValidation(violations, (violation) => violation.explanation !== null),
    };
  }

  /** The same org's approved report of the year before: cross-year rules, 上年文本 and 内容雷同. */
  async previousYear(org: Org, campaign: Campaign): Promise<PreviousYearReport | null> {
    const row = await firstRow(this.dataSource, this.previousYearSql, [
      org.id,
      campaign.reportYear - 1,
      'approved',
    ]);
    return row ? { report: this.reportRow.read(row), campaign: this.campaignRow.read(row) } : null;
  }
}
