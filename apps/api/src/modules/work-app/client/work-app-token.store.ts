import type { OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Where access tokens live between requests: Redis when there is one (every API process and worker shares one
 * token, and a lock lets only one of them refresh it), memory in the embedded mode (one process).
 */
export abstract class WorkAppTokenStore {
  abstract get(key: string): Promise<string | null>;
  abstract set(key: string, token: string, ttlMs: number): Promise<void>;
  /** Forgets the token only if it is still this one: a token another process just fetched survives. */
  abstract invalidate(key: string, token: string): Promise<void>;
  /** Whether this caller may refresh the token now (the lock expires by itself after `ttlMs`). */
  abstract tryLock(key: string, ttlMs: number): Promise<boolean>;
  abstract unlock(key: string): Promise<void>;
}

export class MemoryTokenStore extends WorkAppTokenStore {
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();
  private readonly locks = new Map<string, number>();

  async get(key: string): Promise<string | null> {
    const entry = this.tokens.get(key);
    return entry && entry.expiresAt > Date.now() ? entry.token : null;
  }

  async set(key: string, token: string, ttlMs: number): Promise<void> {
    this.tokens.set(key, { token, expiresAt: Date.now() + ttlMs });
  }

  async invalidate(key: string, token: string): Promise<void> {
    if (this.tokens.get(key)?.token === token) this.tokens.delete(key);
  }

  async tryLock(key: string, ttlMs: number): Promise<boolean> {
    if ((this.locks.get(key) ?? 0) > Date.now()) return false;
    this.locks.set(key, Date.now() + ttlMs);
    return true;
  }

  async unlock(key: string): Promise<void> {
    this.locks.delete(key);
  }
}

const COMPARE_AND_DELETE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export class RedisTokenStore extends WorkAppTokenStore implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    super();
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  get(key: string): Promise<string | null> {
    return this.redis.get(this.tokenKey(key));
  }

  async set(key: string, token: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.tokenKey(key), token, 'PX', ttlMs);
  }

  async invalidate(key: string, token: string): Promise<void> {
    await this.redis.eval(COMPARE_AND_DELETE, 1, this.tokenKey(key), token);
  }

  async tryLock(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.lockKey(key), '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async unlock(key: string): Promise<void> {
    await this.redis.del(this.lockKey(key));
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  private tokenKey(key: string): string {
    return `${this.prefix}:work-app:token:${key}`;
  }

  private lockKey(key: string): string {
    return `${this.prefix}:work-app:token-lock:${key}`;
  }
}
