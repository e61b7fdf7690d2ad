import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgCandidate } from '@nianbao/report-import';
import { routeFor } from '@nianbao/workflow';
import { DataSource, In } from 'typeorm';
import { Org } from '../orgs/entities/org.entity';
import { pathIds } from '../orgs/org-hierarchy';

/** The orgs of a subtree a past report can belong to (those that report), with the names above each. */
export interface ReportingOrgs {
  candidates: OrgCandidate[];
  byId: Map<number, Org>;
}

@Injectable()
export class HistoryOrgsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async below(orgPath: string): Promise<ReportingOrgs> {
    const repository = this.dataSource.getRepository(Org);
    const subtree = await repository
      .createQueryBuilder('org')
      .where('org.path LIKE :prefix', { prefix: `${orgPath}%` })
      .getMany();
    // The uploader's own ancestors name the places above the subtree (上海市 above 宝山区).
    const above = await repository.findBy({ id: In(pathIds(orgPath)) });
    const names = new Map([...above, ...subtree].map((org) => [org.id, org.name]));
    const reporting = subtree.filter((org) => routeFor(org.type) !== null);
    return {
      byId: new Map(reporting.map((org) => [org.id, org])),
      candidates: reporting.map((org) => ({
        id: org.id,
        name: org.name,
        ancestors: pathIds(org.path)
          .filter((id) => id !== org.id)
          .map((id) => names.get(id) ?? ''),
      })),
    };
  }
}
