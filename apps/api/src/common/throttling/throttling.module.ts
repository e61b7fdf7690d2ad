import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ConfigVariables } from '../../config/config-variables';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const MINUTE_MS = 60_000;

/**
 * The rate limits (`login`, `upload`, `search`), applied per route by LoginThrottlerGuard, UploadThrottlerGuard and
 * SearchThrottlerGuard (the 年报专栏's search). With
 * REDIS_URL the counters are shared by every API process; without it (one process, embedded mode) they are in memory.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigVariables],
      useFactory: (config: ConfigVariables) => ({
        throttlers: [
          { name: 'login', ttl: MINUTE_MS, limit: config.LOGIN_THROTTLE_LIMIT },
          { name: 'upload', ttl: MINUTE_MS, limit: config.UPLOAD_THROTTLE_LIMIT },
          { name: 'search', ttl: MINUTE_MS, limit: config.PUBLIC_SEARCH_THROTTLE_LIMIT },
        ],
        ...(config.REDIS_URL
          ? { storage: new RedisThrottlerStorage(config.REDIS_URL, config.JOBS_PREFIX) }
          : {}),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class ThrottlingModule {}
