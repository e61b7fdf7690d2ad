import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportDocument } from '@nianbao/publish';
import type { ReportData, ReportValues } from '@nianbao/rules';
import type { ReportState } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { publishedDocument } from '../publication/report-document.service';
import { ReportValidationService } from '../reports/report-validation.service';
import { Report } from '../reports/entities/report.entity';
import { ExportsException } from './exports.exception';

export interface SubtreeReport extends ReportData {
  reportId: number;
  orgId: number;
  orgPath: string;
  state: ReportState;
  lastAction: string | null;
  isOverdue: boolean;
  submittedAt: Date | null;
  updatedAt: Date;
}

/** A campaign's reports in an org's subtree, with org names, in tree order: what every export starts from. */
@Injectable()
export class SubtreeReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly validation: ReportValidationService,
  ) {}

  /** The org if the user may see it (404 otherwise); the user's own org by default. */
  async visibleOrg(user: AuthUser, orgId: number | undefined): Promise<Org> {
    const org = await this.dataSource.getRepository(Org).findOneBy({ id: orgId ?? user.orgId });
    if (!org || !this.scope.canSee(user, org.path)) throw ExportsException.orgNotFound();
    return org;
  }

  async list(campaign: Campaign, root: Org): Promise<SubtreeReport[]> {
    const rows = await this.subtreeQuery(campaign, root).getMany();
    return rows.map((row) => {
      const { org } = row as Report & { org: Org };
      return {
        reportId: row.id,
        orgId: row.orgId,
        orgPath: row.orgPath,
        state: row.state,
        lastAction: row.lastAction,
        isOverdue: row.isOverdue,
        submittedAt: row.submittedAt,
        updatedAt: row.updatedAt,
        formatId: campaign.formatId,
        reportYear: campaign.reportYear,
        agency: org.name,
        values: row.values as ReportValues,
      };
    });
  }

  /** How many reports of the subtree are finally approved: a package of none is refused before it is queued. */
  countApproved(campaign: Campaign, root: Org): Promise<number> {
    return this.approvedQuery(campaign, root).getCount();
  }

  /** The finally approved reports of the subtree (the org's own included) as published, in tree order. */
  async approvedDocuments(campaign: Campaign, root: Org): Promise<ReportDocument[]> {
    const rows = await this.approvedQuery(campaign, root).getMany();
    const documents: ReportDocument[] = [];
    for (const row of rows) {
      const { org } = row as Report & { org: Org };
      // Each report's live numbers print their 同比 against that org's own report of the year before.
      documents.push(
        publishedDocument(row, org, campaign, await this.validation.previousYear(org, campaign)),
      );
    }
    return documents;
  }

  private approvedQuery(campaign: Campaign, root: Org) {
    return this.subtreeQuery(campaign, root).andWhere('report.state = :state', { state: 'approved' });
  }

  private subtreeQuery(campaign: Campaign, root: Org) {
    return this.dataSource
      .getRepository(Report)
      .createQueryBuilder('report')
      .innerJoinAndMapOne('report.org', Org, 'org', 'org.id = report.orgId')
      .where('report.campaignId = :id', { id: campaign.id })
      .andWhere('report.orgPath LIKE :prefix', { prefix: `${root.path}%` })
      .orderBy('report.orgPath', 'ASC');
  }
}
