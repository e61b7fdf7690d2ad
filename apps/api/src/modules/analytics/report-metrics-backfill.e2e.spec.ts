import { createMysqlDataSource } from '../../database/data-source';
import { seedDemoData } from '../../database/seeds/seed-demo-data';
import { createTestDatabase } from '../../../test/support/test-database';

describe('the report_metrics migration (MariaDB)', () => {
  it('fills a summary row for every report already stored, the same as the running app writes', async () => {
    const database = await createTestDatabase();
    const dataSource = await createMysqlDataSource({ MYSQL_DATABASE: database.name }).initialize();
    const rows = () =>
      dataSource.query('SELECT * FROM `report_metrics` ORDER BY `reportId`') as Promise<
        Record<string, unknown>[]
      >;
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await seedDemoData(dataSource, { mustChangePassword: false });
      const written = (await rows()).map(({ refreshedAt: _refreshedAt, ...row }) => row);
      const [{ reports }] = await dataSource.query('SELECT COUNT(*) AS reports FROM `reports`');
      expect(written).toHaveLength(Number(reports));

      const applied = await dataSource.query('SELECT `name` FROM `migrations` ORDER BY `id`');
      const after = applied.findIndex((row: { name: string }) => row.name === 'ReportMetrics1764700000000');
      for (let index = applied.length - 1; index >= after; index -= 1) await dataSource.undoLastMigration();
      await dataSource.runMigrations({ transaction: 'each' });

      expect((await rows()).map(({ refreshedAt: _refreshedAt, ...row }) => row)).toEqual(written);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
