import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { ReminderSettingsInput } from './dto/reminder-settings.input';
import { ReminderSetting } from './entities/reminder-setting.entity';
import type { ReminderSchedule } from './reminder-events';
import { RemindersException } from './reminders.exception';

export const DEFAULT_SCHEDULE: ReminderSchedule = { daysBefore: 3, returnedDays: 2 };

@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async get(user: AuthUser, campaignId: number): Promise<ReminderSchedule> {
    await this.campaigns.findVisible(user, campaignId);
    return this.scheduleOf(campaignId);
  }

  /** Only the campaign's own org (its reviewers and administrators) sets its reminders. */
  async update(user: AuthUser, campaignId: number, input: ReminderSettingsInput): Promise<ReminderSchedule> {
    const campaign = await this.campaigns.findVisible(user, campaignId);
    const isOwner =
      campaign.ownerOrgId === user.orgId &&
      user.roles.some((role) => role === 'reviewer' || role === 'admin');
    if (!isOwner) throw RemindersException.notOwner();
    await this.dataSource.getRepository(ReminderSetting).save({
      campaignId,
      daysBefore: input.daysBefore,
      returnedDays: input.returnedDays,
      updatedAt: new Date(),
    });
    return { daysBefore: input.daysBefore, returnedDays: input.returnedDays };
  }

  async scheduleOf(campaignId: number): Promise<ReminderSchedule> {
    const setting = await this.dataSource.getRepository(ReminderSetting).findOneBy({ campaignId });
    return setting
      ? { daysBefore: setting.daysBefore, returnedDays: setting.returnedDays }
      : DEFAULT_SCHEDULE;
  }
}
