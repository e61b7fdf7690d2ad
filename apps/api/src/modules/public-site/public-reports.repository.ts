import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgType } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import { PublicReport } from '../publication/entities/public-report.entity';
import { PublicSearchGram } from '../publication/entities/public-search-gram.entity';

/** A published report as lists show it: who, which year, when; no contents. */
export type PublicListing = Pick<
  PublicReport,
  | 'reportId'
  | 'orgId'
  | 'orgName'
  | 'orgType'
  | 'districtId'
  | 'districtName'
  | 'reportYear'
  | 'formatId'
  | 'publishedAt'
  | 'statutoryDeadline'
  | 'snapshotAt'
>;

const LISTING_COLUMNS: (keyof PublicListing)[] = [
  'reportId',
  'orgId',
  'orgName',
  'orgType',
  'districtId',
  'districtName',
  'reportYear',
  'formatId',
  'publishedAt',
  'statutoryDeadline',
  'snapshotAt',
];

/** A report id the site must answer for: published, withdrawn (410) or unknown (404). */
export type PublicLookup =
  { state: 'published'; report: PublicReport } | { state: 'withdrawn' } | { state: 'missing' };

/**
 * The only queries of the 年报专栏. They read the published copies (`public_reports`) and nothing else, and every
 * one of them keeps to the live copies of the levels the site shows: a draft, a 说明 or a withdrawn report cannot
 * reach a page because no query here can return it.
 */
@Injectable()
export class PublicReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private live(orgTypes: readonly OrgType[], alias = 'copy'): SelectQueryBuilder<PublicReport> {
    return this.dataSource
      .getRepository(PublicReport)
      .createQueryBuilder(alias)
      .where(`${alias}.withdrawnAt IS NULL`)
      .andWhere(`${alias}.orgType IN (:...orgTypes)`, { orgTypes: orgTypes.length ? orgTypes : ['-'] });
  }

  private listing(orgTypes: readonly OrgType[]): SelectQueryBuilder<PublicReport> {
    return this.live(orgTypes).select(LISTING_COLUMNS.map((column) => `copy.${column}`));
  }

  /** Each year with its number of published reports, newest first. */
  async years(orgTypes: readonly OrgType[]): Promise<{ reportYear: number; count: number }[]> {
    const rows = await this.live(orgTypes)
      .select('copy.reportYear', 'reportYear')
      .addSelect('COUNT(*)', 'count')
      .groupBy('copy.reportYear')
      .orderBy('copy.reportYear', 'DESC')
      .getRawMany<{ reportYear: number | string; count: number | string }>();
    return rows.map((row) => ({ reportYear: Number(row.reportYear), count: Number(row.count) }));
  }

  byYear(year: number, orgTypes: readonly OrgType[]): Promise<PublicListing[]> {
    return this.listing(orgTypes)
      .andWhere('copy.reportYear = :year', { year })
      .orderBy('copy.orgName', 'ASC')
      .getMany();
  }

  byOrg(orgId: number, orgTypes: readonly OrgType[]): Promise<PublicListing[]> {
    return this.listing(orgTypes)
      .andWhere('copy.orgId = :orgId', { orgId })
      .orderBy('copy.reportYear', 'DESC')
      .getMany();
  }

  /** Every live copy, for the sitemap. */
  all(orgTypes: readonly OrgType[]): Promise<PublicListing[]> {
    return this.listing(orgTypes)
      .orderBy('copy.reportYear', 'DESC')
      .addOrderBy('copy.orgName', 'ASC')
      .getMany();
  }

  /** The newest publications first, for the feed. */
  latest(orgTypes: readonly OrgType[], limit: number): Promise<PublicListing[]> {
    return this.listing(orgTypes)
      .orderBy('copy.snapshotAt', 'DESC')
      .addOrderBy('copy.reportId', 'DESC')
      .limit(limit)
      .getMany();
  }

  async find(reportId: number, orgTypes: readonly OrgType[]): Promise<PublicLookup> {
    const copy = await this.dataSource
      .getRepository(PublicReport)
      .createQueryBuilder('copy')
      .where('copy.reportId = :reportId', { reportId })
      .getOne();
    if (!copy || !orgTypes.includes(copy.orgType)) return { state: 'missing' };
    return copy.withdrawnAt ? { state: 'withdrawn' } : { state: 'published', report: copy };
  }

  /** Full copies of one org's reports of the given years (the comparison). */
  ofOrgInYears(orgId: number, years: number[], orgTypes: readonly OrgType[]): Promise<PublicReport[]> {
    if (!years.length) return Promise.resolve([]);
    return this.live(orgTypes)
      .andWhere('copy.orgId = :orgId AND copy.reportYear IN (:...years)', { orgId, years })
      .orderBy('copy.reportYear', 'ASC')
      .getMany();
  }

  /** Full copies of a year (the bulk open-data files). */
  fullYear(year: number, orgTypes: readonly OrgType[]): Promise<PublicReport[]> {
    return this.live(orgTypes)
      .andWhere('copy.reportYear = :year', { year })
      .orderBy('copy.orgName', 'ASC')
      .getMany();
  }

  /** Live copies holding every gram, newest year first, as candidates for a text match. */
  async withGrams(grams: number[], orgTypes: readonly OrgType[], limit: number): Promise<PublicReport[]> {
    if (!grams.length) return [];
    const matching = this.dataSource
      .getRepository(PublicSearchGram)
      .createQueryBuilder('gram')
      .select('gram.reportId')
      .where('gram.gram IN (:...grams)')
      .groupBy('gram.reportId')
      .having('COUNT(*) = :gramCount');
    return this.live(orgTypes)
      .andWhere(`copy.reportId IN (${matching.getQuery()})`)
      .setParameters({ grams, gramCount: grams.length })
      .orderBy('copy.reportYear', 'DESC')
      .addOrderBy('copy.orgName', 'ASC')
      .limit(limit)
      .getMany();
  }
}
