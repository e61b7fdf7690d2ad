import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgType } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Org } from '../orgs/entities/org.entity';
import { OrgException } from '../orgs/orgs.exception';
import { OrgScopeService } from '../orgs/org-scope.service';
import type { ReportMetrics } from './entities/report-metrics.entity';

/** Which summary rows an analytics request covers. */
export interface AnalyticsScope {
  user: AuthUser;
  root: Org;
  /** `below`: the reports strictly below the root (as its 汇总 counts them); `own`: the root's own report. */
  rows: 'below' | 'own' | 'subtree';
  orgType?: OrgType;
  district?: Org;
}

export interface ScopeRequest {
  org?: number;
  orgType?: OrgType;
  district?: number;
}

/**
 * Resolves an analytics request's org and filters against the reader's part of the tree: an org or district outside
 * it answers 404, as everywhere, and every query is restricted to the reader's view besides.
 */
@Injectable()
export class AnalyticsScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
  ) {}

  async resolve(
    user: AuthUser,
    request: ScopeRequest,
    rows: AnalyticsScope['rows'],
  ): Promise<AnalyticsScope> {
    const root = await this.visibleOrg(user, request.org ?? user.orgId);
    const district =
      request.district === undefined ? undefined : await this.visibleOrg(user, request.district);
    if (district && district.type !== 'district') throw OrgException.notFound();
    return { user, root, rows, orgType: request.orgType, district };
  }

  /** Restricts a query on `report_metrics` (alias `m`) to the scope. */
  apply(
    builder: SelectQueryBuilder<ReportMetrics>,
    scope: AnalyticsScope,
  ): SelectQueryBuilder<ReportMetrics> {
    if (scope.rows === 'own') builder.andWhere('m.orgId = :rootId', { rootId: scope.root.id });
    else {
      builder.andWhere('m.orgPath LIKE :rootPrefix', { rootPrefix: `${scope.root.path}%` });
      if (scope.rows === 'below') builder.andWhere('m.orgId <> :rootId', { rootId: scope.root.id });
    }
    if (scope.orgType) builder.andWhere('m.orgType = :orgType', { orgType: scope.orgType });
    if (scope.district)
      builder.andWhere('m.orgPath LIKE :districtPrefix', { districtPrefix: `${scope.district.path}%` });
    return this.scope.seesSubtree(scope.user)
      ? builder.andWhere('m.orgPath LIKE :userPrefix', { userPrefix: `${scope.user.orgPath}%` })
      : builder.andWhere('m.orgPath = :userPath', { userPath: scope.user.orgPath });
  }

  private async visibleOrg(user: AuthUser, id: number): Promise<Org> {
    const org = await this.dataSource.getRepository(Org).findOneBy({ id });
    if (!org || !this.scope.canSee(user, org.path)) throw OrgException.notFound();
    return org;
  }
}
