import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportValues } from '@nianbao/rules';
import { availableActions, routeFor } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { CampaignSummaryService } from '../campaigns/campaign-summary.service';
import type { CreateCommentInput } from './dto/create-comment.input';
import type { CellCommentOutput, ReportHistoryOutput } from './dto/history.output';
import type { ReportOutput } from './dto/report.output';
import type { SaveReportInput } from './dto/save-report.input';
import type { ValidationOutput } from './dto/validation.output';
import { CellComment } from './entities/cell-comment.entity';
import { Report } from './entities/report.entity';
import { ReportVersion } from './entities/report-version.entity';
import type { ReportInContext } from './report-access.service';
import { ReportAccessService } from './report-access.service';
import { toListItem } from './report-output';
import { reportData, ReportValidationService } from './report-validation.service';
import { checkedNarrative, outlinedNarrative } from './report-narrative';
import type { StoredNarrative } from './report-narrative';
import { versionLiveNumbers } from './report-live-numbers';
import { checkedExplanations, checkedValues } from './report-values';
import { ReportException } from './reports.exception';

interface Contents {
  values: ReportValues;
  explanations: Record<string, string>;
  narrative: StoredNarrative | null;
  restoredFromVersion?: number;
  /** Set when an import job writes the version (ReportVersion.jobKey). */
  jobKey?: string;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly validation: ReportValidationService,
    private readonly audit: AuditService,
    private readonly summaries: CampaignSummaryService,
  ) {}

  async get(user: AuthUser, id: number): Promise<ReportOutput> {
    return this.describe(user, await this.access.findVisible(user, id));
  }

  /** Saves new contents as a new version, only on the version the client edited. */
  async save(
    user: AuthUser,
    id: number,
    input: SaveReportInput,
    { jobKey }: { jobKey?: string } = {},
  ): Promise<ReportOutput> {
    const subject = await this.access.findVisible(user, id);
    const values = checkedValues(subject.campaign.formatId, input.values);
    const explanations =
      input.explanations === undefined
        ? subject.report.explanations
        : checkedExplanations(input.explanations);
    const narrative =
      input.narrative === undefined
        ? subject.report.narrative
        : checkedNarrative(reportData(subject.report, subject.org, subject.campaign), input.narrative);
    return this.describe(
      user,
      await this.storeContents(user, subject, input.version, { values, explanations, narrative, jobKey }),
    );
  }

  /** Any earlier version becomes the newest one again (as a new version; history is never rewritten). */
  async restore(
    user: AuthUser,
    id: number,
    versionToRestore: number,
    currentVersion: number,
  ): Promise<ReportOutput> {
    const subject = await this.access.findVisible(user, id);
    const saved = await this.dataSource
      .getRepository(ReportVersion)
      .findOneBy({ reportId: id, version: versionToRestore });
    if (!saved) throw ReportException.versionNotFound(versionToRestore);
    const contents = {
      values: saved.values,
      explanations: saved.explanations,
      narrative: saved.narrative,
      restoredFromVersion: versionToRestore,
    };
    return this.describe(user, await this.storeContents(user, subject, currentVersion, contents));
  }

  /**
   * Fills the report with the 汇总 of the approved reports below its org (a district government starting from its
   * district's totals), as a new version. Explanations are kept.
   */
  async prefillFromSummary(user: AuthUser, id: number, currentVersion: number): Promise<ReportOutput> {
    const subject = await this.access.findVisible(user, id);
    const summary = await this.summaries.summary(user, subject.campaign, subject.org.id);
    if (summary.reportCount === 0) throw ReportException.nothingToSum();
    const contents = {
      values: summary.values,
      explanations: subject.report.explanations,
      narrative: subject.report.narrative,
    };
    return this.describe(user, await this.storeContents(user, subject, currentVersion, contents));
  }

  /**
   * A workbook the 政务公开办 collected for a unit (batch import), saved as the unit's next draft version. A
   * reviewer or administrator above the org may do this while the report is a draft; its submitter may as always.
   */
  async saveCollectedDraft(
    user: AuthUser,
    id: number,
    editedVersion: number,
    values: Record<string, unknown>,
    { jobKey }: { jobKey?: string } = {},
  ): Promise<ReportOutput> {
    const subject = await this.access.findVisible(user, id);
    const isCollector =
      subject.report.state === 'draft' && user.roles.some((role) => role === 'reviewer' || role === 'admin');
    const contents = {
      values: checkedValues(subject.campaign.formatId, values),
      explanations: subject.report.explanations,
      narrative: subject.report.narrative,
      jobKey,
    };
    return this.describe(user, await this.storeContents(user, subject, editedVersion, contents, isCollector));
  }

  async history(user: AuthUser, id: number): Promise<ReportHistoryOutput> {
    const { org, campaign } = await this.access.findVisible(user, id);
    const lastYear = await this.validation.previousYear(org, campaign);
    const previous = lastYear && reportData(lastYear.report, org, lastYear.campaign);
    const [versions, events] = await Promise.all([
      this.dataSource
        .getRepository(ReportVersion)
        .find({ where: { reportId: id }, order: { version: 'DESC' } }),
      this.dataSource
        .getRepository(AuditEntry)
        .find({ where: { entityType: 'report', entityId: id }, order: { id: 'DESC' } }),
    ]);
    return {
      versions: versions.map(
        ({ version, savedAt, savedById, restoredFromVersion, values, explanations, narrative }) => ({
          version,
          savedAt,
          savedById,
          restoredFromVersion,
          values,
          explanations,
          liveNumbers: versionLiveNumbers(narrative, reportData({ values }, org, campaign), previous),
        }),
      ),
      events: events.map(({ action, at, userId, detail }) => ({ action, at, userId, detail })),
    };
  }

  /** `unreadableCells`: cells an import just now could not read; identities over them are "not checkable". */
  async validate(
    user: AuthUser,
    id: number,
    options: { unreadableCells?: readonly string[] } = {},
  ): Promise<ValidationOutput> {
    const { violations, summary } = await this.validation.validate(
      await this.access.findVisible(user, id),
      options,
    );
    return {
      violations: violations.map(({ key, ruleId, severity, message, cells, explanation }) => ({
        key,
        ruleId,
        severity,
        message,
        cells,
        explanation,
      })),
      ...summary,
      isSubmittable: summary.hardViolations === 0 && summary.unexplainedSoftViolations === 0,
    };
  }

  async comments(user: AuthUser, id: number): Promise<CellCommentOutput[]> {
    await this.access.findVisible(user, id);
    const comments = await this.dataSource
      .getRepository(CellComment)
      .find({ where: { reportId: id }, order: { id: 'ASC' } });
    return comments.map(({ id: commentId, cellCode, body, authorId, createdAt }) => ({
      id: commentId,
      cellCode,
      body,
      authorId,
      createdAt,
    }));
  }

  async addComment(user: AuthUser, id: number, input: CreateCommentInput): Promise<CellCommentOutput> {
    const { report, campaign } = await this.access.findVisible(user, id);
    checkedValues(campaign.formatId, { [input.cellCode]: null });
    const repository = this.dataSource.getRepository(CellComment);
    const comment = await repository.save(
      repository.create({
        reportId: id,
        cellCode: input.cellCode,
        body: input.body.trim(),
        authorId: user.id,
        createdAt: new Date(),
      }),
    );
    await this.audit.record({
      actor: user,
      action: 'report.comment',
      entityType: 'report',
      entityId: id,
      orgPath: report.orgPath,
      detail: { cellCode: input.cellCode },
    });
    return {
      id: comment.id,
      cellCode: comment.cellCode,
      body: comment.body,
      authorId: comment.authorId,
      createdAt: comment.createdAt,
    };
  }

  describe(user: AuthUser, { report, org, campaign }: ReportInContext): ReportOutput {
    const actions = availableActions({
      report: { state: report.state, orgType: org.type, isImportedHistory: campaign.isImportedHistory },
      actor: this.access.actorFor(user, report),
      config: this.access.workflowConfig,
    });
    return {
      ...toListItem(report, org.name, new Date(), campaign.deadline),
      formatId: campaign.formatId,
      reportYear: campaign.reportYear,
      values: report.values,
      explanations: report.explanations,
      narrative: outlinedNarrative(reportData(report, org, campaign), report.narrative),
      availableActions: actions,
      // Whoever may submit the draft may edit it: the workflow decides both.
      canEdit: actions.includes('submit'),
      route: (routeFor(org.type, this.access.workflowConfig) ?? []).map(({ state, label }) => ({
        state,
        label,
      })),
    };
  }

  private async storeContents(
    user: AuthUser,
    subject: ReportInContext,
    editedVersion: number,
    contents: Contents,
    isCollectedDraft = false,
  ): Promise<ReportInContext> {
    const { report } = subject;
    if (subject.campaign.isImportedHistory)
      throw ReportException.notEditable('这是导入的历史年报（已公开发布的报告），只能查看，不能修改。');
    if (!isCollectedDraft && !this.describe(user, subject).canEdit) {
      throw ReportException.notEditable(
        report.state === 'draft'
          ? '只有本单位填报员可以修改这份报告。'
          : '报告已提交，不能修改；需要修改请先撤回或由审核人退回。',
      );
    }
    if (report.version !== editedVersion) throw ReportException.stale(report.version);
    const now = new Date();
    const nextVersion = editedVersion + 1;
    await this.dataSource.transaction(async (manager) => {
      const update = await manager
        .createQueryBuilder()
        .update(Report)
        .set({
          values: contents.values,
          explanations: contents.explanations,
          narrative: contents.narrative,
          version: nextVersion,
          updatedAt: now,
        })
        .where('id = :id AND version = :version AND state = :state', {
          id: report.id,
          version: editedVersion,
          state: report.state,
        })
        .execute();
      if (!update.affected) {
        const current = await manager.getRepository(Report).findOneByOrFail({ id: report.id });
        throw ReportException.stale(current.version);
      }
      await manager.getRepository(ReportVersion).insert({
        reportId: report.id,
        version: nextVersion,
        values: contents.values,
        explanations: contents.explanations,
        narrative: contents.narrative,
        savedById: user.id,
        restoredFromVersion: contents.restoredFromVersion ?? null,
        savedAt: now,
        jobKey: contents.jobKey ?? null,
      });
      await this.audit.record(
        {
          actor: user,
          action: contents.restoredFromVersion ? 'report.restore' : 'report.save',
          entityType: 'report',
          entityId: report.id,
          orgPath: report.orgPath,
          detail: {
            version: nextVersion,
            ...(contents.restoredFromVersion ? { restoredFromVersion: contents.restoredFromVersion } : {}),
          },
        },
        manager,
      );
    });
    return { ...subject, report: { ...report, ...contents, version: nextVersion, updatedAt: now } };
  }
}
