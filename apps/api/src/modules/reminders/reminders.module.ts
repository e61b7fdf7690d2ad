import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportsModule } from '../reports/reports.module';
import { ManualReminderProcessor } from './manual-reminder.processor';
import { ManualRemindersService } from './manual-reminders.service';
import { ReminderScanProcessor } from './reminder-scan.processor';
import { ReminderScopeService } from './reminder-scope.service';
import { ReminderSettingsService } from './reminder-settings.service';
import { RemindersController } from './reminders.controller';

/** Deadline, overdue, returned and waiting-for-review reminders by a repeatable job, and the 政务公开办's “remind now”. */
@Module({
  imports: [CampaignsModule, ReportsModule, NotificationsModule],
  controllers: [RemindersController],
  providers: [
    ReminderSettingsService,
    ReminderScanProcessor,
    ReminderScopeService,
    ManualRemindersService,
    ManualReminderProcessor,
  ],
})
export class RemindersModule {}
