import { Injectable } from '@nestjs/common';
import { narrativeText } from '@nianbao/publish';
import type { EntityManager } from 'typeorm';
import { Org } from '../orgs/entities/org.entity';
import type { ReportData } from '@nianbao/rules';
import type { ReportInContext } from '../reports/report-access.service';
import { printedNarrative } from '../reports/report-narrative';
import { reportData } from '../reports/report-validation.service';
import { PublicReport } from './entities/public-report.entity';
import { PublicSearchGram } from './entities/public-search-gram.entity';
import { PublicCopyGeneration } from './public-copy-generation';
import { publicDocument } from './public-document';
import { indexGrams } from './search-grams';

/** Rows per INSERT: well under MySQL's packet limit and sql.js's statement size. */
const GRAM_BATCH = 500;

export interface PublicationFacts {
  publishedAt: string;
  statutoryDeadline: string;
  /** The same org's approved report of the year before: the 同比 of live numbers is printed into the copy. */
  previousYear?: ReportData | null;
}

/**
 * Keeps the 年报专栏's copy of a report: written when the publication is recorded (the approved contents at that
 * moment, never a later draft), marked withdrawn when the publication is withdrawn. Runs inside the caller's
 * transaction, so the copy and the publication record never disagree.
 */
@Injectable()
export class PublicCopyService {
  constructor(private readonly generation: PublicCopyGeneration = new PublicCopyGeneration()) {}

  async publish(
    manager: EntityManager,
    { report, org, campaign }: ReportInContext,
    facts: PublicationFacts,
    now = new Date(),
  ): Promise<void> {
    const district = await this.districtOf(manager, org);
    const copy = manager.getRepository(PublicReport).create({
      reportId: report.id,
      orgId: org.id,
      orgName: org.name,
      orgType: org.type,
      districtId: district?.id ?? null,
      districtName: district?.name ?? null,
      reportYear: campaign.reportYear,
      formatId: campaign.formatId,
      values: report.values,
      narrative:
        report.narrative &&
        printedNarrative(reportData(report, org, campaign), report.narrative, facts.previousYear ?? null),
      publishedAt: facts.publishedAt,
      statutoryDeadline: facts.statutoryDeadline,
      snapshotAt: now,
      withdrawnAt: null,
    });
    await manager.getRepository(PublicReport).upsert(copy, ['reportId']);
    await this.index(manager, copy);
    this.generation.bump();
  }

  /** Returns false when the report has no published copy (nothing to withdraw). */
  async withdraw(manager: EntityManager, reportId: number, now = new Date()): Promise<boolean> {
    const result = await manager
      .getRepository(PublicReport)
      .createQueryBuilder()
      .update()
      .set({ withdrawnAt: now })
      .where('reportId = :reportId AND withdrawnAt IS NULL', { reportId })
      .execute();
    await manager.getRepository(PublicSearchGram).delete({ reportId });
    this.generation.bump();
    return (result.affected ?? 0) > 0;
  }

  private async index(manager: EntityManager, copy: PublicReport): Promise<void> {
    const repository = manager.getRepository(PublicSearchGram);
    await repository.delete({ reportId: copy.reportId });
    const grams = indexGrams(searchableText(copy));
    for (let start = 0; start < grams.length; start += GRAM_BATCH) {
      await repository.insert(
        grams.slice(start, start + GRAM_BATCH).map((gram) => ({ gram, reportId: copy.reportId })),
      );
    }
  }

  /** The 区/县 an org reports under: a district itself, the parent of a township or district department. */
  private async districtOf(manager: EntityManager, org: Org): Promise<Org | null> {
    if (org.type === 'district') return org;
    if (org.type !== 'township' && org.type !== 'district_department') return null;
    return org.parentId === null ? null : manager.getRepository(Org).findOneBy({ id: org.parentId });
  }
}

/** What the search reads: the agency's name, its district and the narrative (the tables are numbers). */
export function searchableText(
  copy: Pick<
    PublicReport,
    'orgName' | 'districtName' | 'orgType' | 'reportYear' | 'formatId' | 'values' | 'narrative'
  >,
): string {
  return [copy.orgName, copy.districtName ?? '', narrativeText(publicDocument(copy))].join('\n');
}
