import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { routeFor } from '@nianbao/workflow';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { OrgException } from '../orgs/orgs.exception';
import type { ReportListItemOutput } from '../reports/dto/report.output';
import { Report } from '../reports/entities/report.entity';
import { toListItem } from '../reports/report-output';
import type { CampaignReportsQuery } from './dto/campaign-reports.query';
import type { CreateCampaignInput } from './dto/create-campaign.input';
import type { UpdateCampaignInput } from './dto/update-campaign.input';
import { Campaign } from './entities/campaign.entity';
import { CampaignException } from './campaigns.exception';

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
  ) {}

  /** Campaigns in which the reader can see at least one report, newest first. */
  list(user: AuthUser): Promise<Campaign[]> {
    const reports = this.scope.restrict(
      this.dataSource
        .getRepository(Report)
        .createQueryBuilder('report')
        .select('1')
        .where('report.campaignId = campaign.id'),
      'report.orgPath',
      user,
    );
    return this.dataSource
      .getRepository(Campaign)
      .createQueryBuilder('campaign')
      .where(`EXISTS (${reports.getQuery()})`, reports.getParameters())
      .orderBy('campaign.reportYear', 'DESC')
      .addOrderBy('campaign.id', 'DESC')
      .getMany();
  }

  async findVisible(user: AuthUser, id: number): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id });
    if (!campaign) throw CampaignException.notFound();
    const visible = await this.scope
      .restrict(
        this.dataSource
          .getRepository(Report)
          .createQueryBuilder('report')
          .where('report.campaignId = :id', { id }),
        'report.orgPath',
        user,
      )
      .getExists();
    if (!visible) throw CampaignException.notFound();
    return campaign;
  }

  /** Publishes a campaign: one draft report for each org that must report (by default the creator's whole subtree). */
  async create(user: AuthUser, input: CreateCampaignInput): Promise<Campaign> {
    this.requirePublisher(user);
    const orgs = await this.reportingOrgs(user, input.orgIds);
    return this.dataSource.transaction(async (manager) => {
      if (
        await manager
          .getRepository(Campaign)
          .existsBy({ ownerOrgId: user.orgId, reportYear: input.reportYear })
      ) {
        throw CampaignException.duplicate(input.reportYear);
      }
      const campaign = await manager.getRepository(Campaign).save(
        manager.getRepository(Campaign).create({
          name: input.name.trim(),
          reportYear: input.reportYear,
          formatId: input.formatId,
          deadline: input.deadline,
          ownerOrgId: user.orgId,
          createdById: user.id,
        }),
      );
      const now = new Date();
      const rows = orgs.map((org) => ({
        campaignId: campaign.id,
        orgId: org.id,
        orgPath: org.path,
        state: 'draft' as const,
        values: {},
        explanations: {},
        version: 1,
        updatedAt: now,
      }));
      for (let start = 0; start < rows.length; start += 500) {
        await manager.getRepository(Report).insert(rows.slice(start, start + 500));
      }
      await this.audit.record(
        {
          actor: user,
          action: 'campaign.create',
          entityType: 'campaign',
          entityId: campaign.id,
          orgPath: user.orgPath,
          detail: { reportYear: campaign.reportYear, reports: rows.length },
        },
        manager,
      );
      return campaign;
    });
  }

  async update(user: AuthUser, id: number, input: UpdateCampaignInput): Promise<Campaign> {
    const campaign = await this.findVisible(user, id);
    const owner = await this.dataSource.getRepository(Org).findOneByOrFail({ id: campaign.ownerOrgId });
    this.requirePublisher(user);
    if (!owner.path.startsWith(user.orgPath)) throw CampaignException.notAllowed();
    const changes = { name: input.name.trim(), deadline: input.deadline, version: input.version + 1 };
    const result = await this.dataSource
      .getRepository(Campaign)
      .update({ id, version: input.version }, changes);
    if (!result.affected) throw CampaignException.stale();
    await this.audit.record({
      actor: user,
      action: 'campaign.update',
      entityType: 'campaign',
      entityId: id,
      orgPath: owner.path,
      detail: { name: changes.name, deadline: changes.deadline.toISOString() },
    });
    return { ...campaign, ...changes };
  }

  /** The campaign's reports the reader may see, filtered by state, subtree and lateness. */
  async reports(user: AuthUser, id: number, query: CampaignReportsQuery): Promise<ReportListItemOutput[]> {
    const campaign = await this.findVisible(user, id);
    const builder = this.scope
      .restrict(this.dataSource.getRepository(Report).createQueryBuilder('report'), 'report.orgPath', user)
      .innerJoinAndMapOne('report.org', Org, 'org', 'org.id = report.orgId')
      .andWhere('report.campaignId = :id', { id })
      .orderBy('report.orgPath');
    if (query.state) builder.andWhere('report.state = :state', { state: query.state });
    if (query.org !== undefined) {
      const org = await this.dataSource.getRepository(Org).findOneBy({ id: query.org });
      if (!org || !this.scope.canSee(user, org.path)) throw OrgException.notFound();
      builder.andWhere('report.orgPath LIKE :subtree', { subtree: `${org.path}%` });
    }
    const now = new Date();
    const items = (await builder.getMany()).map((report) =>
      toListItem(report, (report as Report & { org: Org }).org.name, now, campaign.deadline),
    );
    return query.overdue === undefined ? items : items.filter((item) => item.isOverdue === query.overdue);
  }

  private requirePublisher(user: AuthUser): void {
    if (!user.roles.includes('reviewer') && !user.roles.includes('admin'))
      throw CampaignException.notAllowed();
  }

  private async reportingOrgs(user: AuthUser, orgIds: number[] | undefined): Promise<Org[]> {
    const repository = this.dataSource.getRepository(Org);
    const candidates =
      orgIds === undefined
        ? await repository
            .createQueryBuilder('org')
            .where('org.path LIKE :prefix', { prefix: `${user.orgPath}%` })
            .getMany()
        : await repository.findBy({ id: In(orgIds) });
    if (
      orgIds !== undefined &&
      (candidates.length !== orgIds.length || candidates.some((org) => !org.path.startsWith(user.orgPath)))
    ) {
      throw CampaignException.invalidOrgs('所选单位中有不存在或不在本单位管辖范围内的。');
    }
    const reporting = candidates.filter((org) => routeFor(org.type) !== null);
    if (reporting.length === 0) throw CampaignException.invalidOrgs('没有须填报的单位。');
    return reporting;
  }
}
