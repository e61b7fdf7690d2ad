import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { relationOf } from '@nianbao/workflow';
import type { WorkflowActor, WorkflowConfig } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import { EntityRowReader, firstRow } from '../../database/entity-row-reader';
import type { AuthUser } from '../auth/auth-user';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { pathIds } from '../orgs/org-hierarchy';
import { OrgScopeService } from '../orgs/org-scope.service';
import { Report } from './entities/report.entity';
import { ReportException } from './reports.exception';

/** A report with what every decision about it needs. */
export interface ReportInContext {
  report: Report;
  org: Org;
  campaign: Campaign;
}

@Injectable()
export class ReportAccessService {
  readonly workflowConfig: WorkflowConfig;
  private readonly reportRow: EntityRowReader<Report>;
  private readonly orgRow: EntityRowReader<Org>;
  private readonly campaignRow: EntityRowReader<Campaign>;
  /** The report with its org and campaign, in one query (every report request makes it). */
  private readonly findSql: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    config: ConfigVariables,
  ) {
    this.workflowConfig = {
      leaderSignOff: { district: config.LEADER_SIGN_OFF_DISTRICT, city: config.LEADER_SIGN_OFF_CITY },
    };
    const report = (this.reportRow = new EntityRowReader(dataSource, Report, 'report'));
    const org = (this.orgRow = new EntityRowReader(dataSource, Org, 'org'));
    const campaign = (this.campaignRow = new EntityRowReader(dataSource, Campaign, 'campaign'));
    this.findSql =
      `SELECT ${report.selectList}, ${org.selectList}, ${campaign.selectList} FROM ${report.from}` +
      ` INNER JOIN ${org.from} ON ${org.column('id')} = ${report.column('orgId')}` +
      ` INNER JOIN ${campaign.from} ON ${campaign.column('id')} = ${report.column('campaignId')}` +
      ` WHERE ${report.column('id')} = ?`;
  }

  /** The report if the user may see it; 404 otherwise, whether or not it exists. */
  async findVisible(user: AuthUser, id: number): Promise<ReportInContext> {
    const row = await firstRow(this.dataSource, this.findSql, [id]);
    if (!row) throw ReportException.notFound();
    const report = this.reportRow.read(row);
    if (!this.scope.canSee(user, report.orgPath)) throw ReportException.notFound();
    return { report, org: this.orgRow.read(row), campaign: this.campaignRow.read(row) };
  }

  /** The user as the workflow sees them: each role placed relative to the report's org. */
  actorFor(user: AuthUser, report: Report): WorkflowActor {
    const relation = relationOf({
      actorOrg: { id: user.orgId, type: user.orgType },
      reportOrg: {
        id: report.orgId,
        ancestorIds: pathIds(report.orgPath).filter((id) => id !== report.orgId),
      },
    });
    return { grants: user.roles.map((role) => ({ role, relation })) };
  }
}
