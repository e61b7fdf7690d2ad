import type { FormatId, ReportValues } from '@nianbao/rules';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';
import type { EntityManager } from 'typeorm';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity';
import type { Org } from '../../modules/orgs/entities/org.entity';
import { Report } from '../../modules/reports/entities/report.entity';
import { ReportVersion } from '../../modules/reports/entities/report-version.entity';
import type { StoredNarrative } from '../../modules/reports/report-narrative';
import { DEMO_LAST_YEAR_NARRATIVE } from './demo-narrative';
import { demoValues2021 } from './demo-report-values';
import { seedDemoHistory } from './seed-demo-history';
import historicalReportsJson from './historical-reports.json';

/** Real published reports (shared/fixtures/seeds, read by `nianbao check --json`), loaded as approved reports of earlier years. */
interface HistoricalReport {
  source: string;
  publishedBy: string | null;
  demoOrg: string;
  formatId: string;
  reportYear: number;
  values: ReportValues;
}
// JSON imports type blanks per file; every value is a number or null, as the CLI wrote it.
const historicalReports = historicalReportsJson as unknown as HistoricalReport[];

const DAY = 24 * 3600 * 1000;

interface DemoReportState {
  state: ReportState;
  lastAction?: WorkflowAction;
  lastComment?: string;
  /** Left empty: the org has not started filling in. */
  isEmpty?: boolean;
}

/** The current campaign has a report in every state, including a returned one and an untouched one. */
const CURRENT_STATES: Record<string, DemoReportState> = {
  东城街道: { state: 'draft' },
  东湖镇: { state: 'pending_unit', lastAction: 'submit' },
  东山乡: { state: 'pending_district', lastAction: 'approve' },
  东区教育局: { state: 'pending_district_leader', lastAction: 'approve' },
  东区卫生健康局: { state: 'pending_city', lastAction: 'approve' },
  东区财政局: { state: 'pending_city_leader', lastAction: 'approve' },
  东区: { state: 'draft', isEmpty: true },
  西城街道: { state: 'approved', lastAction: 'approve' },
  西湖镇: {
    state: 'draft',
    lastAction: 'return',
    lastComment: '依申请公开“结转下年度继续办理”数据请与台账核对后再报。',
  },
  西山乡: { state: 'draft', isEmpty: true },
  西区教育局: { state: 'approved', lastAction: 'approve' },
  西区卫生健康局: { state: 'approved', lastAction: 'approve' },
  西区财政局: { state: 'approved', lastAction: 'approve' },
  西区: { state: 'pending_city', lastAction: 'submit' },
  示范市发展和改革委员会: { state: 'pending_unit', lastAction: 'submit' },
  示范市公安局: { state: 'approved', lastAction: 'approve' },
};

export interface ReportSeed {
  org: Org;
  state: ReportState;
  values: ReportValues;
  submittedAt: Date | null;
  isOverdue?: boolean;
  lastAction?: WorkflowAction;
  lastComment?: string;
  narrative?: StoredNarrative;
}

/**
 * The 2024 and 2025 campaigns on the 2021 format (2024 all approved, for the cross-year checks), 2021–2023 history
 * for every org (seed-demo-history), and the real published reports of the seed fixtures as approved reports of
 * earlier years of a few orgs.
 */
export async function seedDemoCampaigns(
  manager: EntityManager,
  orgs: Map<string, Org>,
  createdById: number,
  now = new Date(),
): Promise<void> {
  const city = required(orgs, '示范市');
  const reporting = [...orgs.values()].filter((org) => org.type !== 'city');

  const lastYearDeadline = new Date(now.getTime() - 300 * DAY);
  const lastYear = await createCampaign(manager, {
    name: '2024 年度政府信息公开工作年度报告',
    reportYear: 2024,
    formatId: '2021',
    deadline: lastYearDeadline,
    ownerOrgId: city.id,
    createdById,
  });
  const lastYearValues = new Map<number, ReportValues>();
  await insertReports(
    manager,
    lastYear,
    reporting.map((org, index) => {
      const values = demoValues2021(org.id * 7919 + 2024);
      lastYearValues.set(org.id, values);
      // One late submitter, so last year's on-time rate is not a flat 100 %.
      const isLate = org.name === '西山乡';
      return {
        org,
        state: 'approved',
        values,
        submittedAt: new Date(lastYearDeadline.getTime() + (isLate ? 5 : -20 + index) * DAY),
        isOverdue: isLate,
        lastAction: 'approve',
        ...(org.name === '东城街道' ? { narrative: DEMO_LAST_YEAR_NARRATIVE } : {}),
      };
    }),
  );

  const current = await createCampaign(manager, {
    name: '2025 年度政府信息公开工作年度报告',
    reportYear: 2025,
    formatId: '2021',
    deadline: new Date(now.getTime() + 30 * DAY),
    ownerOrgId: city.id,
    createdById,
  });
  await insertReports(
    manager,
    current,
    reporting.map((org) => {
      const plan = CURRENT_STATES[org.name] ?? { state: 'draft', isEmpty: true };
      const values = plan.isEmpty ? {} : demoValues2021(org.id * 7919 + 2025, lastYearValues.get(org.id));
      const wasSubmitted = plan.state !== 'draft' || plan.lastAction === 'return';
      return {
        org,
        state: plan.state,
        values,
        submittedAt: wasSubmitted ? new Date(now.getTime() - 3 * DAY) : null,
        lastAction: plan.lastAction,
        lastComment: plan.lastComment,
      };
    }),
  );

  await seedDemoHistory(manager, reporting, city.id, createdById, lastYearValues);

  for (const year of [...new Set(historicalReports.map((report) => report.reportYear))].sort()) {
    const published = historicalReports.filter((report) => report.reportYear === year);
    const campaign = await createCampaign(manager, {
      name: `${year} 年度政府信息公开工作年度报告（历史数据）`,
      reportYear: year,
      formatId: published[0].formatId as FormatId,
      deadline: new Date(Date.UTC(year + 1, 0, 31, 16)),
      ownerOrgId: city.id,
      createdById,
      isImportedHistory: true,
    });
    await insertReports(
      manager,
      campaign,
      published.map((report) => ({
        org: required(orgs, report.demoOrg),
        state: 'approved',
        values: report.values,
        submittedAt: new Date(Date.UTC(year + 1, 0, 20)),
        lastAction: 'approve',
      })),
    );
  }
}

function required(orgs: Map<string, Org>, name: string): Org {
  const org = orgs.get(name);
  if (!org) throw new Error(`demo data names an unknown org ${name}`);
  return org;
}

export async function createCampaign(
  manager: EntityManager,
  fields: Omit<Campaign, 'id' | 'createdAt' | 'version' | 'isImportedHistory'> &
    Partial<Pick<Campaign, 'isImportedHistory'>>,
): Promise<Campaign> {
  const repository = manager.getRepository(Campaign);
  return repository.save(repository.create(fields));
}

export async function insertReports(
  manager: EntityManager,
  campaign: Campaign,
  seeds: ReportSeed[],
): Promise<void> {
  for (const seed of seeds) {
    const updatedAt = seed.submittedAt ?? campaign.createdAt;
    const report = await manager.getRepository(Report).save(
      manager.getRepository(Report).create({
        campaignId: campaign.id,
        orgId: seed.org.id,
        orgPath: seed.org.path,
        state: seed.state,
        values: seed.values,
        explanations: {},
        narrative: seed.narrative ?? null,
        submittedAt: seed.submittedAt,
        approvedAt: seed.state === 'approved' ? updatedAt : null,
        isOverdue: seed.isOverdue ?? false,
        lastAction: seed.lastAction ?? null,
        lastComment: seed.lastComment ?? null,
        version: Object.keys(seed.values).length > 0 ? 2 : 1,
        updatedAt,
      }),
    );
    if (report.version === 2) {
      await manager.getRepository(ReportVersion).insert({
        reportId: report.id,
        version: 2,
        values: seed.values,
        explanations: {},
        narrative: seed.narrative ?? null,
        savedById: campaign.createdById,
        restoredFromVersion: null,
        savedAt: updatedAt,
      });
    }
  }
}
