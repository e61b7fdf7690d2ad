import type { DataSource } from 'typeorm';
import { findingsFromTables, writeReportMetrics } from '../../modules/analytics/report-metrics.repository';
import { Org } from '../../modules/orgs/entities/org.entity';
import { User } from '../../modules/users/entities/user.entity';
import { seedDemoCampaigns } from './seed-demo-campaigns';
import { seedDemoOrgsAndUsers } from './seed-demo-orgs-and-users';
import { seedDemoPublications } from './seed-demo-publications';

export interface DemoSeedOptions {
  /** Outside demo mode the demo accounts must choose a new password at first login. */
  mustChangePassword: boolean;
}

/** Loads the demo data into an empty database; returns false (and changes nothing) when orgs already exist. */
export async function seedDemoData(dataSource: DataSource, options: DemoSeedOptions): Promise<boolean> {
  if ((await dataSource.getRepository(Org).count()) > 0) return false;
  await dataSource.transaction(async (manager) => {
    const orgs = await seedDemoOrgsAndUsers(manager, options);
    const admin = await manager.getRepository(User).findOneByOrFail({ username: 'admin' });
    await seedDemoCampaigns(manager, orgs, admin.id);
    await seedDemoPublications(manager, admin.id, 2025);
    await writeReportMetrics(manager, findingsFromTables);
  });
  return true;
}
