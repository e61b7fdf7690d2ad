import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import type { Response } from 'supertest';
import { configureApp } from '../../src/app-setup';
import { AppModule } from '../../src/app.module';
import { DEMO_PASSWORD } from '../../src/database/seeds/demo-org-tree';
import { createTestDatabase, migrateAndSeed, mysqlTestEnvironment } from './test-database';

export type StorageMode = 'mysql' | 'embedded';

export interface TestApp {
  app: INestApplication;
  /** Bearer token of a user (logged in once, then reused). */
  token(username: string, password?: string): Promise<string>;
  get(path: string, username: string): Promise<Response>;
  post(path: string, username: string, body?: object): Promise<Response>;
  put(path: string, username: string, body?: object): Promise<Response>;
  delete(path: string, username: string): Promise<Response>;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  mode: StorageMode;
  demoMode?: boolean;
  environment?: Record<string, string>;
}

/**
 * The whole API on its own database with the demo data: in MySQL mode a new MariaDB database built by the
 * migrations (dropped on close), in embedded mode an in-memory sql.js database.
 */
export async function startTestApp({
  mode,
  demoMode = true,
  environment = {},
}: TestAppOptions): Promise<TestApp> {
  const database = mode === 'mysql' ? await createTestDatabase() : null;
  if (database) await migrateAndSeed(database.name, { mustChangePassword: !demoMode });
  const overrides = {
    ...(database
      ? mysqlTestEnvironment(database.name)
      : { DB_MODE: 'embedded', EMBEDDED_DB_FILE: ':memory:' }),
    DEMO_MODE: String(demoMode),
    JWT_SECRET: 'test-secret-long-enough-for-validation',
    LOGIN_THROTTLE_LIMIT: '1000',
    LOG_LEVEL: 'warn',
    ...environment,
  };
  const app = await NestFactory.create(AppModule.register(overrides), { logger: ['error'] });
  configureApp(app);
  await app.init();

  const tokens = new Map<string, string>();
  const http = () => request(app.getHttpServer());
  const token = async (username: string, password = DEMO_PASSWORD) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await http().post('/api/auth/login').send({ username, password });
    if (response.status !== 200)
      throw new Error(`login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    tokens.set(username, response.body.accessToken);
    return response.body.accessToken as string;
  };
  const authorized = async (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    username: string,
    body?: object,
  ) => {
    const agent = http();
    const call = agent[method](path).set('authorization', `Bearer ${await token(username)}`);
    return body === undefined ? call : call.send(body);
  };
  return {
    app,
    token,
    http,
    get: (path, username) => authorized('get', path, username),
    post: (path, username, body = {}) => authorized('post', path, username, body),
    put: (path, username, body = {}) => authorized('put', path, username, body),
    delete: (path, username) => authorized('delete', path, username),
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
