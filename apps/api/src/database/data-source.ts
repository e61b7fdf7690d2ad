import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateConfig } from '../config/config-variables';
import { databaseOptions } from '../config/database-options';

/** A MySQL/MariaDB data source from the environment (MYSQL_*), for migrations and seeding outside the server. */
export function createMysqlDataSource(overrides: Record<string, string> = {}): DataSource {
  return new DataSource(databaseOptions(validateConfig({ ...process.env, DB_MODE: 'mysql', ...overrides })));
}

/** For the TypeORM CLI: `typeorm -d dist/database/data-source.js migration:show`. */
export default createMysqlDataSource();
