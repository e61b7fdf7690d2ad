import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaDay, isPublishedOnTime, publicationDeadline } from '@nianbao/rules';
import { statusLabel } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { ReportInContext } from '../reports/report-access.service';
import { ReportAccessService } from '../reports/report-access.service';
import type { Report } from '../reports/entities/report.entity';
import { ReportTransitionHub } from '../reports/report-transition.hub';
import { reportData, ReportValidationService } from '../reports/report-validation.service';
import type { PublicationOutput } from './dto/publication.output';
import type { RecordPublicationInput } from './dto/record-publication.input';
import { ReportPublication } from './entities/report-publication.entity';
import { PublicCopyService } from './public-copy.service';
import { PublicationException } from './publication.exception';

/** Where the 年报专栏 (modules/public-site) shows a published report. */
export const publicReportPath = (reportId: number) => `/gk/reports/${reportId}`;

function isRealDate(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/**
 * The publication of an approved report on the government website (条例 第四十九、五十条): recorded by the unit (or
 * its 政务公开办) once the report is finally approved, judged against the statutory deadline.
 */
@Injectable()
export class PublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly audit: AuditService,
    private readonly publicCopy: PublicCopyService,
    private readonly validation: ReportValidationService,
    private readonly transitions: ReportTransitionHub,
  ) {}

  async status(user: AuthUser, id: number): Promise<PublicationOutput> {
    const subject = await this.access.findVisible(user, id);
    const record = await this.dataSource.getRepository(ReportPublication).findOneBy({ reportId: id });
    return this.describe(user, subject, record);
  }

  /** Records (or corrects) the publication; recording the same facts twice changes nothing. */
  async record(user: AuthUser, id: number, input: RecordPublicationInput): Promise<PublicationOutput> {
    const subject = await this.access.findVisible(user, id);
    const { report } = subject;
    if (report.state !== 'approved') throw PublicationException.notApproved(statusLabel(report));
    if (!this.mayRecord(user, subject)) throw PublicationException.notAllowed();
    if (!isRealDate(input.publishedAt)) throw PublicationException.invalidDate('发布日期不是有效的日期。');
    if (input.publishedAt > chinaDay()) throw PublicationException.invalidDate('发布日期不能晚于今天。');

    const repository = this.dataSource.getRepository(ReportPublication);
    const lastYear = await this.validation.previousYear(subject.org, subject.campaign);
    const previousYear = lastYear && reportData(lastYear.report, subject.org, lastYear.campaign);
    const record = repository.create({
      reportId: id,
      campaignId: report.campaignId,
      orgPath: report.orgPath,
      publishedAt: input.publishedAt,
      url: input.url.trim(),
      statutoryDeadline: this.deadlineOf(subject),
      recordedById: user.id,
      recordedAt: new Date(),
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ReportPublication).upsert(record, ['reportId']);
      await this.publicCopy.publish(manager, subject, { ...record, previousYear });
      await this.audit.record(
        {
          actor: user,
          action: 'report.publish',
          entityType: 'report',
          entityId: id,
          orgPath: report.orgPath,
          detail: { publishedAt: record.publishedAt, url: record.url },
        },
        manager,
      );
    });
    await this.notifyPublication(user, report, 'publish');
    return this.describe(user, subject, record);
  }

  /**
   * Withdraws the publication: the record goes (progress no longer counts it) and the 年报专栏 answers 410 for the
   * report's pages from now on. Recording the publication again brings it back.
   */
  async withdraw(user: AuthUser, id: number): Promise<PublicationOutput> {
    const subject = await this.access.findVisible(user, id);
    if (!this.mayRecord(user, subject)) throw PublicationException.notAllowed();
    await this.dataSource.transaction(async (manager) => {
      const removed = await manager.getRepository(ReportPublication).delete({ reportId: id });
      const isWithdrawn = await this.publicCopy.withdraw(manager, id);
      if (!removed.affected && !isWithdrawn) throw PublicationException.notPublished();
      await this.audit.record(
        {
          actor: user,
          action: 'report.unpublish',
          entityType: 'report',
          entityId: id,
          orgPath: subject.report.orgPath,
          detail: {},
        },
        manager,
      );
    });
    await this.notifyPublication(user, subject.report, 'unpublish');
    return this.describe(user, subject, null);
  }

  /** Analytics counts publications on time: it hears of them as of workflow actions. */
  private notifyPublication(user: AuthUser, report: Report, action: 'publish' | 'unpublish'): Promise<void> {
    return this.transitions.notify({
      reportId: report.id,
      action,
      from: report.state,
      to: report.state,
      actorId: user.id,
    });
  }

  private deadlineOf({ report, org, campaign }: ReportInContext): string {
    return publicationDeadline(campaign.reportYear, reportData(report, org, campaign).agencyLevel);
  }

  /** The unit itself (填报员, 单位负责人) or a 政务公开办 reviewer or administrator above it. */
  private mayRecord(user: AuthUser, { report }: ReportInContext): boolean {
    const isOwnUnit = user.orgId === report.orgId;
    return user.roles.some(
      (role) =>
        role === 'admin' ||
        role === 'reviewer' ||
        (isOwnUnit && (role === 'submitter' || role === 'unit_leader')),
    );
  }

  private describe(
    user: AuthUser,
    subject: ReportInContext,
    record: ReportPublication | null,
  ): PublicationOutput {
    const statutoryDeadline = record?.statutoryDeadline ?? this.deadlineOf(subject);
    return {
      statutoryDeadline,
      isPublished: record !== null,
      publishedAt: record?.publishedAt ?? null,
      url: record?.url ?? null,
      publicUrl: record ? publicReportPath(subject.report.id) : null,
      isOnTime: record ? isPublishedOnTime(record.publishedAt, statutoryDeadline) : null,
      recordedAt: record?.recordedAt ?? null,
      canRecord: subject.report.state === 'approved' && this.mayRecord(user, subject),
    };
  }
}
