import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isReturned } from '@nianbao/workflow';
import { DataSource, In, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { JobPayloads } from '../jobs/job-definitions';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { JobUserService } from '../jobs/job-user.service';
import { Notification } from '../notifications/entities/notification.entity';
import type { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { Org } from '../orgs/entities/org.entity';
import { Report } from '../reports/entities/report.entity';
import { User } from '../users/entities/user.entity';
import {
  MANUAL_REMINDER_KIND,
  manualReminderKey,
  manualReminderKeyPrefix,
  manualReminderText,
  outcomeMessage,
  REPEAT_WINDOW_MS,
} from './manual-reminder';
import type { ManualReminderOutcome } from './manual-reminder';
import { SUBMITTER_ROLES } from './reminder-events';
import { ReminderScopeService } from './reminder-scope.service';

/** Outranks the scheduled reminders for the user's WeChat subscription: a person asked for this one. */
const MANUAL_PRIORITY = 5;

/**
 * `reminders.send`: tells the submitters of every unfinished report (not started, draft, returned) below the chosen
 * org, through the inbox and WeChat as the scheduled reminders do, and skips whoever this reviewer already
 * reminded about the same org within REPEAT_WINDOW_MS.
 */
@Injectable()
export class ManualReminderProcessor {
  constructor(
    registry: JobHandlerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: JobUserService,
    private readonly scope: ReminderScopeService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {
    registry.register('reminders.send', (payload) => this.process(payload));
  }

  /** The outcome with its sentence, so a client that polls the job (`GET /api/jobs/{id}`) can show it as is. */
  async process(
    payload: JobPayloads['reminders.send'],
  ): Promise<ManualReminderOutcome & { message: string }> {
    const sender = await this.users.load(payload.ownerId);
    const { campaign, root } = await this.scope.resolve(sender, payload.campaignId, payload.orgId);
    const reports = (await this.dataSource
      .getRepository(Report)
      .createQueryBuilder('report')
      .innerJoinAndMapOne('report.org', Org, 'org', 'org.id = report.orgId')
      .where('report.campaignId = :id', { id: campaign.id })
      .andWhere('report.state = :draft', { draft: 'draft' })
      .andWhere('report.orgPath LIKE :prefix', { prefix: `${root.path}%` })
      .getMany()) as (Report & { org: Org })[];
    const recipients = await this.recipientsByOrg(reports.map((report) => report.orgId));
    const recent = await this.recentlyReminded([...recipients.values()].flat());
    const senderOrg = await this.dataSource.getRepository(Org).findOneByOrFail({ id: sender.orgId });
    const at = new Date(payload.at);

    const events: NotificationEvent[] = [];
    let skippedRecently = 0;
    let orgsWithoutRecipients = 0;
    for (const report of reports) {
      const userIds = recipients.get(report.orgId) ?? [];
      if (userIds.length === 0) orgsWithoutRecipients += 1;
      const prefix = manualReminderKeyPrefix(campaign.id, report.orgId, sender.id);
      const text = manualReminderText({
        senderOrgName: senderOrg.name,
        orgName: report.org.name,
        campaignName: campaign.name,
        deadline: campaign.deadline,
        isReturned: isReturned(report),
      });
      for (const userId of userIds) {
        if (recent.has(`${userId} ${prefix}`)) {
          skippedRecently += 1;
          continue;
        }
        events.push({
          userId,
          eventKey: manualReminderKey(campaign.id, report.orgId, sender.id, at),
          kind: MANUAL_REMINDER_KIND,
          ...text,
          link: `/reports/${report.id}`,
          priority: MANUAL_PRIORITY,
        });
      }
    }
    const delivered = await this.notifications.deliver(events);
    const outcome: ManualReminderOutcome = {
      orgs: reports.length,
      reminded: delivered.length,
      // A second click whose job ran at the same moment as the first's finds its rows already there.
      skippedRecently: skippedRecently + events.length - delivered.length,
      orgsWithoutRecipients,
    };
    await this.audit.record({
      actor: sender,
      action: 'campaign.remind',
      entityType: 'campaign',
      entityId: campaign.id,
      orgPath: root.path,
      detail: { orgId: root.id, orgName: root.name, ...outcome },
    });
    return { ...outcome, message: outcomeMessage(outcome) };
  }

  /** Active accounts that fill in or sign the report of each org, by org id. */
  private async recipientsByOrg(orgIds: number[]): Promise<Map<number, number[]>> {
    const byOrg = new Map<number, number[]>();
    if (orgIds.length === 0) return byOrg;
    const users = await this.dataSource.getRepository(User).findBy({ orgId: In(orgIds), isActive: true });
    for (const user of users)
      if (user.roles.some((role) => SUBMITTER_ROLES.includes(role)))
        byOrg.set(user.orgId, [...(byOrg.get(user.orgId) ?? []), user.id]);
    return byOrg;
  }

  /** `${userId} ${event key prefix}` of every manual reminder these users got within the window. */
  private async recentlyReminded(userIds: number[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(Notification).find({
      select: { userId: true, eventKey: true },
      where: {
        userId: In(userIds),
        kind: MANUAL_REMINDER_KIND,
        createdAt: MoreThan(new Date(Date.now() - REPEAT_WINDOW_MS)),
      },
    });
    return new Set(
      rows.map((row) => `${row.userId} ${row.eventKey.slice(0, row.eventKey.lastIndexOf(':') + 1)}`),
    );
  }
}
