import { validateConfig } from '../../config/config-variables';
import { createMysqlDataSource } from '../data-source';
import { DEMO_PASSWORD } from './demo-org-tree';
import { seedDemoData } from './seed-demo-data';

/**
 * `pnpm demo:seed`: brings a MySQL/MariaDB database (MYSQL_* variables) up to date and loads the demo data when it
 * is empty. With DEMO_MODE=false the demo accounts must change their password at first login.
 */
async function main(): Promise<void> {
  const config = validateConfig({ ...process.env, DB_MODE: 'mysql' });
  const dataSource = await createMysqlDataSource().initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const isSeeded = await seedDemoData(dataSource, { mustChangePassword: !config.DEMO_MODE });
    console.log(
      isSeeded
        ? `演示数据已载入 ${config.MYSQL_DATABASE}：账号 admin、submitter、unit_leader、district_reviewer、district_leader、city_reviewer、city_leader，密码 ${DEMO_PASSWORD}`
        : `${config.MYSQL_DATABASE} 中已有数据，未重复载入。`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
