import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import Redis from 'ioredis';
import { ConfigVariables } from '../../config/config-variables';

/** Pings the Redis of REDIS_URL; reports nothing when no Redis is configured (embedded mode, one process). */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly logger = new Logger('RedisHealth');
  private redis: Redis | null = null;

  constructor(
    private readonly config: ConfigVariables,
    private readonly indicators: HealthIndicatorService,
  ) {}

  get isConfigured(): boolean {
    return this.config.REDIS_URL !== '';
  }

  async pingCheck(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    if (!this.redis) {
      this.redis = new Redis(this.config.REDIS_URL, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        connectTimeout: timeoutMs,
      });
      // Failures are reported by the check itself; without a listener ioredis would print each reconnect attempt.
      this.redis.on('error', () => undefined);
    }
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      await Promise.race([this.redis.ping(), timeout]).finally(() => clearTimeout(timer));
      return indicator.up();
    } catch (error) {
      // The address and the cause go to the log, not to the public health answer.
      this.logger.warn(`Redis ping failed: ${error instanceof Error ? error.message : String(error)}`);
      return indicator.down({ message: 'Redis 无响应' });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
