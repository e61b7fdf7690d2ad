import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { WechatBindings1763800000000 } from './1763800000000-wechat-bindings';
import { JobsAndNotifications1763900000000 } from './1763900000000-jobs-and-notifications';
import { ReportProgressIndex1764000000000 } from './1764000000000-report-progress-index';
import { NarrativeAndPublication1764100000000 } from './1764100000000-narrative-and-publication';
import { ReportVersionJobKey1764200000000 } from './1764200000000-report-version-job-key';
import { WorkApp1764400000000 } from './1764400000000-work-app';
import { PublicSite1764500000000 } from './1764500000000-public-site';
import { ReportMetrics1764700000000 } from './1764700000000-report-metrics';
import { HistoryImport1764800000000 } from './1764800000000-history-import';

/** Every migration, in order. The MySQL/MariaDB schema is built only from these. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  WechatBindings1763800000000,
  JobsAndNotifications1763900000000,
  ReportProgressIndex1764000000000,
  NarrativeAndPublication1764100000000,
  ReportVersionJobKey1764200000000,
  WorkApp1764400000000,
  PublicSite1764500000000,
  ReportMetrics1764700000000,
  HistoryImport1764800000000,
];
