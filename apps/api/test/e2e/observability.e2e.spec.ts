import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startMetricsServer } from '../../src/observability/metrics-server';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and metrics', () => {
  let api: TestApp;
  let metricsServer: Server;
  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
    metricsServer = (await startMetricsServer(20_000 + Math.floor(Math.random() * 20_000))) as Server;
  });
  afterAll(async () => {
    metricsServer.closeAllConnections();
    await new Promise((resolve) => metricsServer.close(resolve));
    await api.close();
  });

  it('every answer names its request id: the proxy’s when it sent a sane one, else a new UUID', async () => {
    const fresh = await api.http().get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(UUID);
    const forwarded = await api.http().get('/api/health').set('X-Request-Id', 'nginx-3f2a9c1d7e');
    expect(forwarded.headers['x-request-id']).toBe('nginx-3f2a9c1d7e');
    const injected = await api.http().get('/api/health').set('X-Request-Id', 'x" level=fatal msg="forged');
    expect(injected.headers['x-request-id']).toMatch(UUID);
  });

  it('GET /metrics reports request latency by route pattern, not by URL', async () => {
    const orgs = await api.get('/api/orgs', 'admin');
    const someOrgId = orgs.body[0].id as number;
    expect((await api.get(`/api/orgs/${someOrgId}`, 'admin')).status).toBe(200);
    const port = (metricsServer.address() as AddressInfo).port;
    const scrape = await request(`http://127.0.0.1:${port}`).get('/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.text).toMatch(
      /nianbao_http_request_duration_seconds_count\{method="GET",route="\/api\/orgs\/:id",status="200"\} [1-9]/,
    );
    expect(scrape.text).not.toContain(`route="/api/orgs/${someOrgId}"`);
    for (const name of [
      'nianbao_job_failures_total',
      'nianbao_notifications_sent_total',
      'nianbao_queue_jobs',
    ])
      expect(scrape.text).toContain(`# TYPE ${name}`);
    expect((await request(`http://127.0.0.1:${port}`).get('/other')).status).toBe(404);
  });
});

describe('GET /api/health', () => {
  it('reports Redis beside the database when REDIS_URL is set', async () => {
    const api = await startTestApp({ mode: 'embedded', environment: { REDIS_URL } });
    try {
      const response = await api.http().get('/api/health');
      expect(response.status).toBe(200);
      expect(response.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const api = await startTestApp({ mode: 'embedded', environment: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const response = await api.http().get('/api/health');
      expect(response.status).toBe(503);
      expect(response.body.details.database).toEqual({ status: 'up' });
      expect(response.body.details.redis).toEqual({ status: 'down', message: 'Redis 无响应' });
    } finally {
      await api.close();
    }
  });

  it('leaves Redis out when none is configured (one process, embedded mode)', async () => {
    const api = await startTestApp({ mode: 'embedded' });
    try {
      expect((await api.http().get('/api/health')).body.details).toEqual({ database: { status: 'up' } });
    } finally {
      await api.close();
    }
  });
});
