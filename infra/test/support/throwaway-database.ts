import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';

export const run = promisify(execFile);

export const MYSQL = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
};

export const API_DIST = path.resolve(__dirname, '../../../apps/api/dist');

export function mysqlEnvironment(database: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MYSQL_HOST: MYSQL.host,
    MYSQL_PORT: String(MYSQL.port),
    MYSQL_USER: MYSQL.user,
    MYSQL_PASSWORD: MYSQL.password,
    MYSQL_DATABASE: database,
  };
}

export function throwawayDatabaseName(purpose: string): string {
  return `nianbao_${purpose}_${randomBytes(4).toString('hex')}`;
}

export async function connect(database?: string): Promise<Connection> {
  return createConnection({ ...MYSQL, ...(database ? { database } : {}) });
}

export async function dropDatabase(name: string): Promise<void> {
  const connection = await connect();
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** Migrates an empty database and loads the demo data, with the API's own `demo:seed` (built by turbo first). */
export async function seedDemoDatabase(database: string): Promise<void> {
  const connection = await connect();
  try {
    await connection.query(
      `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  await run('node', [path.join(API_DIST, 'database/seeds/run-demo-seed.js')], {
    env: { ...mysqlEnvironment(database), DEMO_MODE: 'true' },
  });
}
