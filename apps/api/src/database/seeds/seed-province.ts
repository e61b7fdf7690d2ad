import type { ReportValues } from '@nianbao/rules';
import type { ReportState } from '@nianbao/workflow';
import type { DataSource } from 'typeorm';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity';
import { Org } from '../../modules/orgs/entities/org.entity';
import { Report } from '../../modules/reports/entities/report.entity';
import { User } from '../../modules/users/entities/user.entity';
import { hashPassword } from '../../modules/auth/password';
import { demoValues2021 } from './demo-report-values';

export interface ProvinceShape {
  districts: number;
  orgsPerDistrict: number;
}

/** 1 + 10 × 1,000 orgs: a root and ten districts of 1,000 orgs each (the district and 999 units). */
export const PROVINCE: ProvinceShape = { districts: 10, orgsPerDistrict: 1000 };

export interface ProvinceSeed {
  campaignId: number;
  rootOrgId: number;
  /** The district whose 999 unit reports are all approved (the heaviest 汇总). */
  approvedDistrictId: number;
  /** Reports waiting in draft with valid values, and the id of their submitter. */
  drafts: { reportId: number; userId: number }[];
  /** Reports waiting for their district reviewer, and that reviewer's id. */
  pendingDistrict: { reportId: number; userId: number }[];
  provinceReviewerId: number;
}

const BATCH = 500;

/**
 * Loads a province-sized tree straight into an empty database for the benchmark: the orgs, a submitter per unit,
 * a reviewer per district, one 2025 campaign with a report per org. District 1 is fully approved; in the others a
 * third of the reports are drafts ready to submit, a third wait for the district reviewer, the rest are approved.
 */
export async function seedProvince(
  dataSource: DataSource,
  shape: ProvinceShape = PROVINCE,
): Promise<ProvinceSeed> {
  const orgs: Partial<Org>[] = [
    { id: 1, name: '示范省', type: 'city', parentId: null, path: '/1/', version: 1 },
  ];
  const users: Partial<User>[] = [];
  const passwordHash = await hashPassword('nianbao-bench');
  const user = (id: number, username: string, orgId: number, roles: User['roles']) =>
    users.push({
      id,
      username,
      displayName: username,
      orgId,
      roles,
      passwordHash,
      mustChangePassword: false,
      tokenGeneration: 0,
      isActive: true,
      version: 1,
    });
  user(1, 'province_reviewer', 1, ['reviewer', 'leader', 'admin']);

  let nextId = 2;
  const units: { org: Partial<Org>; district: number; index: number; reviewerId: number }[] = [];
  for (let district = 0; district < shape.districts; district += 1) {
    const districtId = nextId++;
    const districtPath = `/1/${districtId}/`;
    orgs.push({
      id: districtId,
      name: `第${district + 1}区`,
      type: 'district',
      parentId: 1,
      path: districtPath,
      version: 1,
    });
    const reviewerId = users.length + 1;
    user(reviewerId, `reviewer_${district + 1}`, districtId, ['reviewer', 'leader']);
    for (let index = 0; index < shape.orgsPerDistrict - 1; index += 1) {
      const id = nextId++;
      const isTownship = index % 3 !== 2;
      const org: Partial<Org> = {
        id,
        name: `第${district + 1}区${isTownship ? '街道' : '部门'}${index + 1}`,
        type: isTownship ? 'township' : 'district_department',
        parentId: districtId,
        path: `${districtPath}${id}/`,
        version: 1,
      };
      orgs.push(org);
      units.push({ org, district, index, reviewerId });
    }
  }
  for (const unit of units)
    user(users.length + 1, `submitter_${unit.org.id}`, unit.org.id as number, ['submitter', 'unit_leader']);

  await insertInBatches(dataSource, Org, orgs);
  await insertInBatches(dataSource, User, users);
  const campaign = await dataSource.getRepository(Campaign).save(
    dataSource.getRepository(Campaign).create({
      name: '2025 年度（全省压力测试）',
      reportYear: 2025,
      formatId: '2021',
      deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      ownerOrgId: 1,
      createdById: 1,
    }),
  );

  const submitterOf = new Map(users.map((candidate) => [candidate.orgId, candidate.id as number]));
  const stateOf = (district: number, index: number): ReportState => {
    if (district === 0) return 'approved';
    const third = Math.floor((3 * index) / (shape.orgsPerDistrict - 1));
    return third === 0 ? 'draft' : third === 1 ? 'pending_district' : 'approved';
  };
  const unitOf = new Map(units.map((unit) => [unit.org, unit]));
  const now = new Date();
  const drafts: ProvinceSeed['drafts'] = [];
  const pendingDistrict: ProvinceSeed['pendingDistrict'] = [];
  const reports: Partial<Report>[] = [];
  for (const org of orgs.slice(1)) {
    const unit = unitOf.get(org);
    const state = unit ? stateOf(unit.district, unit.index) : 'draft';
    const id = reports.length + 1;
    reports.push({
      id,
      campaignId: campaign.id,
      orgId: org.id,
      orgPath: org.path,
      state,
      values: demoValues2021(org.id as number),
      explanations: {},
      submittedAt: state === 'draft' ? null : now,
      approvedAt: state === 'approved' ? now : null,
      isOverdue: false,
      lastAction: state === 'draft' ? null : state === 'approved' ? 'approve' : 'submit',
      lastComment: null,
      version: 1,
      updatedAt: now,
    });
    if (unit && state === 'draft') drafts.push({ reportId: id, userId: submitterOf.get(org.id) as number });
    if (unit && state === 'pending_district') pendingDistrict.push({ reportId: id, userId: unit.reviewerId });
  }
  await insertInBatches(dataSource, Report, reports);
  return {
    campaignId: campaign.id,
    rootOrgId: 1,
    approvedDistrictId: 2,
    drafts,
    pendingDistrict,
    provinceReviewerId: 1,
  };
}

async function insertInBatches<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  const repository = dataSource.getRepository(entity);
  for (let start = 0; start < rows.length; start += BATCH) {
    await repository.insert(rows.slice(start, start + BATCH) as Parameters<typeof repository.insert>[0]);
  }
}

/**
 * Earlier years for the analytics bench: a campaign per year with every org's report approved (carried over from
 * year to year), so the province holds `years.length + 1` years of reports.
 */
export async function seedProvinceHistory(
  dataSource: DataSource,
  years: readonly number[],
  startAtReportId: number,
): Promise<number> {
  const orgs = await dataSource.getRepository(Org).find({ select: { id: true, path: true, type: true } });
  const units = orgs.filter((org) => org.type !== 'city');
  let nextId = startAtReportId;
  const previous = new Map<number, ReportValues>();
  for (const year of [...years].sort()) {
    const deadline = new Date(Date.UTC(year + 1, 0, 15, 16));
    const campaign = await dataSource.getRepository(Campaign).save(
      dataSource.getRepository(Campaign).create({
        name: `${year} 年度（全省压力测试，历史）`,
        reportYear: year,
        formatId: '2021',
        deadline,
        ownerOrgId: 1,
        createdById: 1,
      }),
    );
    const reports: Partial<Report>[] = units.map((org, index) => {
      const values = demoValues2021(org.id * 31 + year, previous.get(org.id));
      previous.set(org.id, values);
      const submittedAt = new Date(deadline.getTime() - ((index % 20) - 2) * 24 * 3600 * 1000);
      return {
        id: nextId++,
        campaignId: campaign.id,
        orgId: org.id,
        orgPath: org.path,
        state: 'approved',
        values,
        explanations: {},
        submittedAt,
        approvedAt: submittedAt,
        isOverdue: submittedAt > deadline,
        lastAction: 'approve',
        lastComment: null,
        version: 1,
        updatedAt: submittedAt,
      };
    });
    await insertInBatches(dataSource, Report, reports);
  }
  return nextId - startAtReportId;
}
