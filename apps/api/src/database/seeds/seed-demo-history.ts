import type { ReportValues } from '@nianbao/rules';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../../modules/audit/entities/audit-entry.entity';
import type { Org } from '../../modules/orgs/entities/org.entity';
import { Report } from '../../modules/reports/entities/report.entity';
import { demoValues2021 } from './demo-report-values';
import { createCampaign, insertReports } from './seed-demo-campaigns';

const DAY = 24 * 3600 * 1000;
export const DEMO_HISTORY_YEARS = [2023, 2022, 2021];

/** Who stands out in which year, so the trend, ranking and outlier pages have something to point at. */
const LATE_SUBMITTERS: Record<number, string[]> = {
  2021: ['东区财政局', '西湖镇'],
  2022: ['西山乡'],
  2023: [],
};
const RETURNED_ONCE: Record<number, string[]> = { 2021: ['东山乡'], 2022: ['西区教育局'], 2023: ['东湖镇'] };
const APPLICATIONS_SCALE: Record<string, number> = { '2023:东湖镇': 4 };

/**
 * 2021–2023 on the 2021 format for every reporting org, all approved: each year built backwards from the one after
 * (2024's seeded values), so every year carries into the next and the cross-year checks pass.
 */
export async function seedDemoHistory(
  manager: EntityManager,
  reporting: Org[],
  ownerOrgId: number,
  createdById: number,
  valuesOf2024: Map<number, ReportValues>,
): Promise<void> {
  let next = valuesOf2024;
  for (const year of DEMO_HISTORY_YEARS) {
    const deadline = new Date(Date.UTC(year + 1, 0, 15, 16));
    const campaign = await createCampaign(manager, {
      name: `${year} 年度政府信息公开工作年度报告`,
      reportYear: year,
      formatId: '2021',
      deadline,
      ownerOrgId,
      createdById,
    });
    const values = new Map<number, ReportValues>();
    await insertReports(
      manager,
      campaign,
      reporting.map((org, index) => {
        const yearValues = demoValues2021(org.id * 7919 + year, undefined, {
          next: next.get(org.id),
          applicationsScale: APPLICATIONS_SCALE[`${year}:${org.name}`] ?? 1,
        });
        values.set(org.id, yearValues);
        const isLate = LATE_SUBMITTERS[year].includes(org.name);
        return {
          org,
          state: 'approved',
          values: yearValues,
          submittedAt: new Date(deadline.getTime() + (isLate ? 3 + index : -12 + (index % 10)) * DAY),
          isOverdue: isLate,
          lastAction: 'approve',
        };
      }),
    );
    for (const orgName of RETURNED_ONCE[year]) {
      const org = reporting.find((candidate) => candidate.name === orgName);
      const report =
        org && (await manager.getRepository(Report).findOneBy({ campaignId: campaign.id, orgId: org.id }));
      if (!report) throw new Error(`demo history names an unknown org ${orgName}`);
      await manager.getRepository(AuditEntry).insert({
        at: new Date(deadline.getTime() - 15 * DAY),
        userId: createdById,
        action: 'report.return',
        entityType: 'report',
        entityId: report.id,
        orgPath: report.orgPath,
        detail: { from: 'pending_district', to: 'draft', comment: '请核对依申请公开数据后重新提交。' },
      });
    }
    next = values;
  }
}
