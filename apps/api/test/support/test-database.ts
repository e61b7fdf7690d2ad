import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { createMysqlDataSource } from '../../src/database/data-source';
import { seedDemoData } from '../../src/database/seeds/seed-demo-data';

const SERVER = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};

/** A fresh database `nianbao_test_<random>` on the real MariaDB, dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `nianbao_test_${randomBytes(5).toString('hex')}`;
  const connection = await createConnection(SERVER);
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  return {
    name,
    drop: async () => {
      const dropper = await createConnection(SERVER);
      try {
        await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Runs the migrations on an empty database and loads the demo data, as `pnpm demo:seed` does. */
export async function migrateAndSeed(
  database: string,
  options: { mustChangePassword: boolean },
): Promise<void> {
  const dataSource = await createMysqlDataSource({ MYSQL_DATABASE: database }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDemoData(dataSource, options);
  } finally {
    await dataSource.destroy();
  }
}

export function mysqlTestEnvironment(database: string): Record<string, string> {
  return {
    DB_MODE: 'mysql',
    MYSQL_HOST: SERVER.host,
    MYSQL_PORT: String(SERVER.port),
    MYSQL_USER: SERVER.user,
    MYSQL_PASSWORD: SERVER.password,
    MYSQL_DATABASE: database,
  };
}
