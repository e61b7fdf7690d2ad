import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableActions, stateLabel, statusLabel } from '@nianbao/workflow';
import { DataSource, In } from 'typeorm';
import { authUserOf } from '../../auth/auth-user';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { JobHandlerRegistry } from '../../jobs/job-handler-registry';
import { JobQueue } from '../../jobs/job-queue';
import { Org } from '../../orgs/entities/org.entity';
import { pathIds } from '../../orgs/org-hierarchy';
import { Report } from '../../reports/entities/report.entity';
import { ReportAccessService } from '../../reports/report-access.service';
import { ReportTransitionHub } from '../../reports/report-transition.hub';
import { ReportValidationService } from '../../reports/report-validation.service';
import { User } from '../../users/entities/user.entity';
import { WorkAppClient } from '../client/work-app.client';
import { WorkAppConfigService } from '../config/work-app-config.service';
import { LEVEL_STATES } from '../config/work-app-settings';
import type { WorkAppSettings } from '../config/work-app-settings';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppMessage } from '../entities/work-app-message.entity';
import { answeredCard, approvalCard } from './approval-card';
import { MessageRecorder } from './message-recorder';

/**
 * Approval cards. Every stored workflow action queues `work-app.report-changed`; its handler closes the report's
 * cards made for an older version (the buttons give way to the outcome) and sends a card to each approver of the
 * new step who is bound in the city's work app, once per report version and approver.
 */
@Injectable()
export class ApprovalCardsService {
  private readonly logger = new Logger('ApprovalCards');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly configs: WorkAppConfigService,
    private readonly client: WorkAppClient,
    private readonly recorder: MessageRecorder,
    private readonly access: ReportAccessService,
    private readonly validation: ReportValidationService,
    private readonly queue: JobQueue,
    registry: JobHandlerRegistry,
    transitions: ReportTransitionHub,
  ) {
    registry.register('work-app.report-changed', (payload) => this.process(payload.reportId));
    transitions.subscribe(async (event) => {
      await this.queue.enqueue('work-app.report-changed', { ownerId: null, reportId: event.reportId });
    });
  }

  async process(reportId: number): Promise<{ cardsSent: number; cardsClosed: number }> {
    const report = await this.dataSource.getRepository(Report).findOneBy({ id: reportId });
    if (!report) return { cardsSent: 0, cardsClosed: 0 };
    const settings = await this.configs.settingsForPath(report.orgPath);
    if (!settings) return { cardsSent: 0, cardsClosed: 0 };
    const cardsClosed = await this.closeStaleCards(settings, report);
    const cardsSent = await this.sendCards(settings, report);
    return { cardsSent, cardsClosed };
  }

  /** Cards of older versions: answered by their tap, by another approver or in the admin app — they say so. */
  private async closeStaleCards(settings: WorkAppSettings, report: Report): Promise<number> {
    const repository = this.dataSource.getRepository(WorkAppMessage);
    const open = await repository.findBy({
      reportId: report.id,
      kind: 'card',
      status: In(['sent', 'pending']),
    });
    let closed = 0;
    for (const card of open.filter((candidate) => candidate.reportVersion !== report.version)) {
      const outcome = card.outcome ?? `已处理：${statusLabel(report)}`;
      const binding = await this.dataSource.getRepository(WorkAppBinding).findOneBy({ userId: card.userId });
      if (card.status === 'sent' && card.responseCode && binding) {
        try {
          await this.client.post(
            settings,
            '/cgi-bin/message/update_template_card',
            answeredCard(settings, binding.workUserId, card.responseCode, outcome),
          );
        } catch (error) {
          // A code older than 72 hours or already used cannot update the card; a tap on it still gets the answer.
          this.logger.warn(`card ${card.id} not updated: ${(error as Error).message}`);
        }
      }
      await repository.update({ id: card.id }, { status: 'closed', outcome });
      closed += 1;
    }
    return closed;
  }

  private async sendCards(settings: WorkAppSettings, report: Report): Promise<number> {
    const levels = settings.levels.flatMap((level) => LEVEL_STATES[level]);
    if (!levels.includes(report.state)) return 0;
    const org = await this.dataSource.getRepository(Org).findOneByOrFail({ id: report.orgId });
    const campaign = await this.dataSource.getRepository(Campaign).findOneByOrFail({ id: report.campaignId });
    const approvers = await this.boundApprovers(settings, report, org);
    if (approvers.length === 0) return 0;
    const { violations } = await this.validation.validate({ report, org, campaign });
    let sent = 0;
    let retryLater: unknown = null;
    for (const { userId, workUserId } of approvers) {
      const taskId = `nb${report.id}v${report.version}u${userId}`;
      const card = await this.recorder.record({
        dedupeKey: `card:${taskId}`,
        configId: settings.id,
        userId,
        kind: 'card',
        reportId: report.id,
        reportVersion: report.version,
        notificationId: null,
        taskId,
        status: 'pending',
        createdAt: new Date(),
      });
      if (card.status !== 'pending') continue;
      const body = approvalCard(settings, {
        taskId,
        workUserId,
        reportId: report.id,
        agency: org.name,
        campaignName: campaign.name,
        stage: stateLabel(report.state),
        findings: violations.length,
      });
      try {
        await this.recorder.send(settings, card, body);
        sent += 1;
      } catch (error) {
        retryLater = error;
      }
    }
    // Sent cards stay sent; the job runs again for the ones the work app was too busy to take.
    if (retryLater) throw retryLater;
    return sent;
  }

  /** Everyone who may approve the report's current step, with their account in this city's work app. */
  private async boundApprovers(
    settings: WorkAppSettings,
    report: Report,
    org: Org,
  ): Promise<{ userId: number; workUserId: string }[]> {
    const ancestors = await this.dataSource.getRepository(Org).findBy({ id: In(pathIds(report.orgPath)) });
    const bindings = await this.dataSource.getRepository(WorkAppBinding).findBy({ configId: settings.id });
    if (bindings.length === 0) return [];
    const users = await this.dataSource.getRepository(User).findBy({
      id: In(bindings.map((binding) => binding.userId)),
      orgId: In(ancestors.map((ancestor) => ancestor.id)),
      isActive: true,
    });
    return users
      .filter((user) => {
        const userOrg = ancestors.find((ancestor) => ancestor.id === user.orgId);
        if (!userOrg) return false;
        return availableActions({
          report: { state: report.state, orgType: org.type },
          actor: this.access.actorFor(authUserOf(user, userOrg), report),
          config: this.access.workflowConfig,
        }).includes('approve');
      })
      .map((user) => ({
        userId: user.id,
        workUserId: bindings.find((binding) => binding.userId === user.id)?.workUserId ?? '',
      }));
  }
}
