import { createMysqlDataSource } from './data-source';

/** `pnpm --filter @nianbao/api migration:run`: brings the MySQL/MariaDB schema up to date. */
async function main(): Promise<void> {
  const dataSource = await createMysqlDataSource().initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length === 0
        ? '数据库结构已是最新。'
        : `已执行迁移：${applied.map((migration) => migration.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
