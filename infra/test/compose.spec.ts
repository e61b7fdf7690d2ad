import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  API_SETTINGS,
  INFRA_FOLDER,
  readEnvFileKeys,
  readYamlDocuments,
  RUNTIME_SETTINGS,
} from './support/infra-files';

const run = promisify(execFile);
const COMPOSE_FILE = path.join(INFRA_FOLDER, 'docker-compose.yml');
const DCLINT = path.join(INFRA_FOLDER, 'node_modules/.bin/dclint');

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
}

const compose = readYamlDocuments(COMPOSE_FILE)[0] as { services: Record<string, ComposeService> };

describe('docker-compose.yml', () => {
  it('passes the Compose specification schema and the linter', async () => {
    // dclint exits non-zero on any schema violation or lint error and prints where.
    const result = await run(DCLINT, [COMPOSE_FILE], { cwd: INFRA_FOLDER }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    expect('code' in result ? `${result.stdout}${result.stderr}` : '').toBe('');
  });

  it('runs MySQL 8, Redis 7, two API processes, two workers and nginx, migrating before the API starts', () => {
    const { services } = compose;
    expect(services.mysql.image).toMatch(/^mysql:8/);
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.api.deploy?.replicas).toBe(2);
    expect(services.worker.deploy?.replicas).toBe(2);
    expect(services.worker.command).toEqual(['node', 'dist/worker.js']);
    expect(services.migrate.command).toEqual(['node', 'dist/database/run-migrations.js']);
    for (const name of ['api', 'worker'])
      expect(services[name].depends_on?.migrate.condition).toBe('service_completed_successfully');
  });

  it('sets only settings the API reads', () => {
    const unknown = Object.keys(compose.services.api.environment ?? {}).filter(
      (key) => !API_SETTINGS.includes(key) && !RUNTIME_SETTINGS.includes(key),
    );
    expect(unknown).toEqual([]);
  });
});

describe('.env.example', () => {
  const documented = readEnvFileKeys(path.join(INFRA_FOLDER, '.env.example'));
  const composeOnly = ['MYSQL_ROOT_PASSWORD', 'WEB_PORT', 'NIANBAO_VERSION'];

  it('documents every setting of the API', () => {
    expect(API_SETTINGS.filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('documents nothing the API does not read, apart from the Compose file’s own variables', () => {
    expect(documented.filter((key) => !API_SETTINGS.includes(key) && !composeOnly.includes(key))).toEqual([]);
  });
});
