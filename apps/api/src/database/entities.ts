import { AuditEntry } from '../modules/audit/entities/audit-entry.entity';
import { Notification } from '../modules/notifications/entities/notification.entity';
import { WechatSubscriptionQuota } from '../modules/notifications/entities/wechat-subscription-quota.entity';
import { ReminderSetting } from '../modules/reminders/entities/reminder-setting.entity';
import { Campaign } from '../modules/campaigns/entities/campaign.entity';
import { Org } from '../modules/orgs/entities/org.entity';
import { ReportPublication } from '../modules/publication/entities/report-publication.entity';
import { CellComment } from '../modules/reports/entities/cell-comment.entity';
import { Report } from '../modules/reports/entities/report.entity';
import { ReportVersion } from '../modules/reports/entities/report-version.entity';
import { User } from '../modules/users/entities/user.entity';
import { WechatBindingCode } from '../modules/wechat/entities/wechat-binding-code.entity';
import { WechatBinding } from '../modules/wechat/entities/wechat-binding.entity';

export const ENTITIES = [Org, User, Campaign, Report, ReportVersion, CellComment, AuditEntry, WechatBinding, WechatBindingCode, Notification, WechatSubscriptionQuota, ReminderSetting, ReportPublication];
