import { countSubmissionFindings, validateReport } from '@nianbao/rules';
import type { FormatId, ReportValues } from '@nianbao/rules';
import type { OrgType, ReportState } from '@nianbao/workflow';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { districtOnPath, reportMetricsRow } from '../../modules/analytics/report-metrics-row';
import { AGENCY_LEVEL } from '../../modules/reports/report-validation.service';

const BATCH = 500;

interface SourceRow {
  id: number;
  campaignId: number;
  orgId: number;
  orgPath: string;
  state: ReportState;
  values: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  orgType: OrgType;
  reportYear: number;
  formatId: FormatId;
  deadline: Date;
  publishedAt: string | null;
  returnCount: number | string;
}

/**
 * 年报数据分析: one summary row per report (`report_metrics`), filled here for every report already stored. The
 * findings at first submission are estimated from the stored tables (the narrative's checks are left unknown, null);
 * from now on AnalyticsMetricsService records them when a report is submitted.
 */
export class ReportMetrics1764700000000 implements MigrationInterface {
  name = 'ReportMetrics1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `report_metrics` (`reportId` int NOT NULL, `campaignId` int NOT NULL, `orgId` int NOT NULL, `orgType` varchar(32) NOT NULL, `orgPath` varchar(255) NOT NULL, `districtId` int NULL, `reportYear` int NOT NULL, `formatId` varchar(32) NOT NULL, `state` varchar(32) NOT NULL, `received` int NULL, `handled` int NULL, `disclosed` int NULL, `partlyDisclosed` int NULL, `withheld` int NULL, `cannotProvide` int NULL, `notProcessed` int NULL, `carriedOver` int NULL, `reviews` int NULL, `reviewsCorrected` int NULL, `lawsuits` int NULL, `lawsuitsCorrected` int NULL, `normativeMade` int NULL, `normativeRepealed` int NULL, `normativeValid` int NULL, `licensing` int NULL, `penalties` int NULL, `enforcement` int NULL, `chargeItems` int NULL, `chargeAmount` double NULL, `deadline` datetime NOT NULL, `submittedAt` datetime NULL, `approvedAt` datetime NULL, `hardFindings` int NULL, `softFindings` int NULL, `narrativeFindings` int NULL, `sectionFindings` int NULL, `returnCount` int NOT NULL DEFAULT '0', `publishedAt` date NULL, `publicationDeadline` date NOT NULL, `refreshedAt` datetime NOT NULL, INDEX `idx_report_metrics_campaign_path` (`campaignId`, `orgPath`), INDEX `idx_report_metrics_org_year` (`orgId`, `reportYear`), INDEX `idx_report_metrics_year_path` (`reportYear`, `orgPath`), PRIMARY KEY (`reportId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
    );
    await backfill(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `report_metrics`');
  }
}

async function backfill(queryRunner: QueryRunner): Promise<void> {
  const districtIds = new Set<number>(
    (await queryRunner.query("SELECT `id` FROM `orgs` WHERE `type` = 'district'")).map(
      (row: { id: number }) => Number(row.id),
    ),
  );
  const now = new Date();
  for (let afterId = 0; ;) {
    const rows: SourceRow[] = await queryRunner.query(
      "SELECT r.`id`, r.`campaignId`, r.`orgId`, r.`orgPath`, r.`state`, r.`values`, r.`submittedAt`, r.`approvedAt`, o.`type` AS orgType, c.`reportYear`, c.`formatId`, c.`deadline`, DATE_FORMAT(p.`publishedAt`, '%Y-%m-%d') AS publishedAt, (SELECT COUNT(*) FROM `audit_entries` a WHERE a.`entityType` = 'report' AND a.`entityId` = r.`id` AND a.`action` = 'report.return') AS returnCount FROM `reports` r INNER JOIN `orgs` o ON o.`id` = r.`orgId` INNER JOIN `campaigns` c ON c.`id` = r.`campaignId` LEFT JOIN `report_publications` p ON p.`reportId` = r.`id` WHERE r.`id` > ? ORDER BY r.`id` LIMIT ?",
      [afterId, BATCH],
    );
    if (rows.length === 0) return;
    afterId = Number(rows[rows.length - 1].id);
    const metrics = rows.map((row) => {
      const values = JSON.parse(row.values) as ReportValues;
      const findings = row.submittedAt
        ? countSubmissionFindings(
            validateReport({
              formatId: row.formatId,
              reportYear: row.reportYear,
              agencyLevel: AGENCY_LEVEL[row.orgType],
              values,
            }),
            { isNarrativeChecked: false },
          )
        : null;
      return reportMetricsRow(
        {
          reportId: Number(row.id),
          campaignId: Number(row.campaignId),
          orgId: Number(row.orgId),
          orgType: row.orgType,
          orgPath: row.orgPath,
          districtId: districtOnPath(row.orgPath, districtIds),
          reportYear: Number(row.reportYear),
          formatId: row.formatId,
          state: row.state,
          values,
          deadline: row.deadline,
          submittedAt: row.submittedAt,
          approvedAt: row.approvedAt,
          returnCount: Number(row.returnCount),
          publishedAt: row.publishedAt,
          findings,
        },
        now,
      );
    });
    const columns = Object.keys(metrics[0]);
    await queryRunner.query(
      `INSERT INTO \`report_metrics\` (${columns.map((column) => `\`${column}\``).join(', ')}) VALUES ${metrics
        .map(() => `(${columns.map(() => '?').join(', ')})`)
        .join(', ')}`,
      metrics.flatMap((row) => columns.map((column) => row[column as keyof typeof row] ?? null)),
    );
  }
}
