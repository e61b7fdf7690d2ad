import { createMysqlDataSource } from '../../src/database/data-source';
import { createTestDatabase } from '../support/test-database';

describe('migrations (MariaDB)', () => {
  it('build the whole schema on an empty database, match the entities exactly, and roll back cleanly', async () => {
    const database = await createTestDatabase();
    const dataSource = await createMysqlDataSource({ MYSQL_DATABASE: database.name }).initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      const tables = (await dataSource.query('SHOW TABLES'))
        .map((row: Record<string, string>) => Object.values(row)[0])
        .sort();
      // Every entity's table and nothing else (besides TypeORM's own bookkeeping).
      const entityTables = dataSource.entityMetadatas.map((metadata) => metadata.tableName);
      expect(tables).toEqual([...entityTables, 'migrations'].sort());
      expect(tables).toEqual(
        expect.arrayContaining(['orgs', 'users', 'campaigns', 'reports', 'report_versions', 'audit_entries']),
      );

      // Nothing left for TypeORM to change: the migrations and the entities describe the same schema.
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);

      for (let index = 0; index < applied.length; index += 1)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const left = (await dataSource.query('SHOW TABLES')).map(
        (row: Record<string, string>) => Object.values(row)[0],
      );
      expect(left).toEqual(['migrations']);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
