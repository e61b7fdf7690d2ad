import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served on METRICS_PORT by `startMetricsServer`. Feature code increments the
 * counters below; nothing else needs to know about Prometheus.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'nianbao_http_request_duration_seconds',
  help: 'HTTP request latency by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const jobsCompleted = new Counter({
  name: 'nianbao_jobs_completed_total',
  help: 'Jobs a worker finished, by job name',
  labelNames: ['job'] as const,
  registers: [metricsRegistry],
});

export const jobFailures = new Counter({
  name: 'nianbao_job_failures_total',
  help: 'Job attempts that failed, by job name (a job retried three times counts three)',
  labelNames: ['job'] as const,
  registers: [metricsRegistry],
});

export const notificationsSent = new Counter({
  name: 'nianbao_notifications_sent_total',
  help: 'Notifications delivered, by channel (inbox, wechat)',
  labelNames: ['channel'] as const,
  registers: [metricsRegistry],
});

export const notificationsFailed = new Counter({
  name: 'nianbao_notifications_failed_total',
  help: 'Notifications that could not be delivered after every retry, by channel',
  labelNames: ['channel'] as const,
  registers: [metricsRegistry],
});

type QueueCounts = Partial<Record<'waiting' | 'active' | 'delayed' | 'failed', number>>;
let readQueueCounts: (() => Promise<QueueCounts>) | null = null;

/** Jobs in the queue by state, read from Redis when Prometheus scrapes (the queue registers its reader). */
export const queueDepth = new Gauge({
  name: 'nianbao_queue_jobs',
  help: 'Jobs in the queue by state (waiting, active, delayed, failed)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  async collect() {
    if (!readQueueCounts) return;
    const counts = await readQueueCounts().catch(() => null);
    if (!counts) return;
    for (const [state, count] of Object.entries(counts)) this.set({ state }, count ?? 0);
  },
});

/** Called by the job queue that owns the Redis connection. */
export function registerQueueCounts(reader: () => Promise<QueueCounts>): void {
  readQueueCounts = reader;
}
