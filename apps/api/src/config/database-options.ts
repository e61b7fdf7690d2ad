import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { ConfigVariables } from './config-variables';
import { ENTITIES } from '../database/entities';
import { MIGRATIONS } from '../database/migrations';

/** apps/api/data — the same from src/config (tests) and dist/config (the built server). */
export const DEFAULT_EMBEDDED_DB_FILE = path.resolve(__dirname, '../../data/nianbao.sqlite');

/** The SQLite file of the embedded mode, or null for an in-memory database (`EMBEDDED_DB_FILE=:memory:`). */
export function embeddedDatabaseFile(config: ConfigVariables): string | null {
  if (config.EMBEDDED_DB_FILE === ':memory:') return null;
  return config.EMBEDDED_DB_FILE ? path.resolve(config.EMBEDDED_DB_FILE) : DEFAULT_EMBEDDED_DB_FILE;
}

/**
 * Embedded mode: one SQLite file through sql.js, schema kept by `synchronize` (nothing to migrate on a laptop).
 * MySQL mode: schema only through migrations, never `synchronize`.
 */
export function databaseOptions(config: ConfigVariables): DataSourceOptions {
  if (config.DB_MODE === 'embedded') {
    const file = embeddedDatabaseFile(config);
    return {
      type: 'sqljs',
      ...(file ? { location: file, autoSave: true } : {}),
      entities: ENTITIES,
      synchronize: true,
    };
  }
  return {
    type: config.MYSQL_SERVER,
    host: config.MYSQL_HOST,
    port: config.MYSQL_PORT,
    username: config.MYSQL_USER,
    password: config.MYSQL_PASSWORD,
    database: config.MYSQL_DATABASE,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // trace off: mysql2 would otherwise capture a stack trace on every query (5 % of the API's CPU under load) only to
    // decorate driver errors, which TypeORM wraps in errors of its own anyway.
    extra: { connectionLimit: 20, trace: false },
  };
}

/** The options, with the embedded database's folder created first (sql.js writes the file but not its folder). */
export function prepareDatabaseOptions(config: ConfigVariables): DataSourceOptions {
  const file = config.DB_MODE === 'embedded' ? embeddedDatabaseFile(config) : null;
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  return databaseOptions(config);
}
