import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { metricsRegistry } from './metrics';

/**
 * GET /metrics in the Prometheus text format on its own port, so it is never reachable through nginx or the
 * Ingress that expose the API. Returns null when `port` is 0 (off).
 */
export async function startMetricsServer(port: number): Promise<Server | null> {
  if (port === 0) return null;
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metricsRegistry.metrics().then(
      (body) => response.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(body),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  server.unref();
  return server;
}
