import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableActions } from '@nianbao/workflow';
import type { Role } from '@nianbao/workflow';
import { DataSource, In, MoreThan } from 'typeorm';
import { authUserOf } from '../auth/auth-user';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { Campaign } from '../campaigns/entities/campaign.entity';
import type { JobPayloads } from '../jobs/job-definitions';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import type { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { Org } from '../orgs/entities/org.entity';
import { Report } from '../reports/entities/report.entity';
import { ReportAccessService } from '../reports/report-access.service';
import { User } from '../users/entities/user.entity';
import { SUBMITTER_ROLES, submitterEvent } from './reminder-events';
import { ReminderSettingsService } from './reminder-settings.service';

const REVIEWER_ROLES: readonly Role[] = ['unit_leader', 'reviewer', 'leader'];
/** Campaigns whose deadline passed longer ago than this are left alone. */
const LOOK_BACK_MS = 90 * 24 * 3600 * 1000;

/**
 * `reminders.scan` (repeatable): finds who should hear what now and hands it to NotificationsService, whose
 * unique (user, event) row makes each reminder reach each person once even when two workers scan together.
 */
@Injectable()
export class ReminderScanProcessor {
  constructor(
    registry: JobHandlerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly notifications: NotificationsService,
    private readonly access: ReportAccessService,
  ) {
    registry.register('reminders.scan', (payload) => this.process(payload));
  }

  async process(payload: JobPayloads['reminders.scan']): Promise<{ delivered: number }> {
    const now = payload.at ? new Date(payload.at) : new Date();
    const campaigns = await this.dataSource
      .getRepository(Campaign)
      .findBy({ deadline: MoreThan(new Date(now.getTime() - LOOK_BACK_MS)) });
    const users = await this.activeUsers();
    let delivered = 0;
    for (const campaign of campaigns) {
      const events = await this.eventsOf(campaign, users, now);
      delivered += (await this.notifications.deliver(events)).length;
    }
    return { delivered };
  }

  private async eventsOf(campaign: Campaign, users: AuthUser[], now: Date): Promise<NotificationEvent[]> {
    const schedule = await this.settings.scheduleOf(campaign.id);
    const reports = await this.dataSource
      .getRepository(Report)
      .createQueryBuilder('report')
      .innerJoinAndMapOne('report.org', Org, 'org', 'org.id = report.orgId')
      .where('report.campaignId = :id', { id: campaign.id })
      .andWhere('report.state <> :approved', { approved: 'approved' })
      .getMany();
    const returnedAt = await this.returnTimes(
      reports.filter((report) => report.lastAction).map((report) => report.id),
    );
    const events: NotificationEvent[] = [];
    const waiting = new Map<number, number>();
    for (const report of reports) {
      const { org } = report as Report & { org: Org };
      const event = submitterEvent(
        {
          reportId: report.id,
          orgName: org.name,
          state: report.state,
          lastAction: report.lastAction,
          returnedAt: returnedAt.get(report.id) ?? null,
        },
        campaign.deadline,
        schedule,
        now,
      );
      if (event) {
        for (const user of users)
          if (user.orgId === report.orgId && user.roles.some((role) => SUBMITTER_ROLES.includes(role)))
            events.push({
              userId: user.id,
              eventKey: `c${campaign.id}:r${report.id}:${event.kind}${event.occurrence ? `:${event.occurrence}` : ''}`,
              kind: event.kind,
              title: event.title,
              body: event.body,
              link: `/reports/${report.id}`,
              priority: event.priority,
            });
      }
      if (report.state !== 'draft') this.countWaiting(report, users, waiting);
    }
    const day = now.toISOString().slice(0, 10);
    for (const [userId, count] of waiting)
      events.push({
        userId,
        eventKey: `c${campaign.id}:review:${day}`,
        kind: 'review',
        title: '有报告待您审核',
        body: `${campaign.name}：${count} 份报告等待您审核。`,
        link: '/review',
        priority: 0,
      });
    return events;
  }

  /** Adds the report to the count of every user who could approve it now. */
  private countWaiting(report: Report, users: AuthUser[], waiting: Map<number, number>): void {
    const { org } = report as Report & { org: Org };
    for (const user of users) {
      if (
        !report.orgPath.startsWith(user.orgPath) ||
        !user.roles.some((role) => REVIEWER_ROLES.includes(role))
      )
        continue;
      const actions = availableActions({
        report: { state: report.state, orgType: org.type },
        actor: this.access.actorFor(user, report),
        config: this.access.workflowConfig,
      });
      if (actions.includes('approve')) waiting.set(user.id, (waiting.get(user.id) ?? 0) + 1);
    }
  }

  private async returnTimes(reportIds: number[]): Promise<Map<number, Date>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .select(['entry.entityId AS reportId', 'MAX(entry.at) AS at'])
      .where({
        entityType: 'report',
        entityId: In(reportIds),
        action: In(['report.return', 'report.reopen']),
      })
      .groupBy('entry.entityId')
      .getRawMany<{ reportId: number; at: string | Date }>();
    return new Map(rows.map((row) => [Number(row.reportId), new Date(row.at)]));
  }

  private async activeUsers(): Promise<AuthUser[]> {
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoinAndMapOne('user.org', Org, 'org', 'org.id = user.orgId')
      .where('user.isActive = :active', { active: true })
      .getMany();
    return users.map((user) => {
      const { org } = user as User & { org: Org };
      return authUserOf(user, org);
    });
  }
}
