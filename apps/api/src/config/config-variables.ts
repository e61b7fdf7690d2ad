import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

export const DATABASE_MODES = ['embedded', 'mysql'] as const;
export type DatabaseMode = (typeof DATABASE_MODES)[number];
export const MYSQL_SERVERS = ['mariadb', 'mysql'] as const;
export type MysqlServer = (typeof MYSQL_SERVERS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? ['true', '1', 'yes'].includes(value.toLowerCase())
      ? true
      : value.toLowerCase() === 'false' || value === '0' || value.toLowerCase() === 'no'
        ? false
        : value
    : value;
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every environment variable the API reads, with its default. Validated once at boot: a bad value stops the
 * process with a message naming the variable (see `validateConfig`). `.env.example` lists the same names.
 */
export class ConfigVariables {
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsIn(DATABASE_MODES)
  DB_MODE: DatabaseMode = 'embedded';

  /** SQLite file of the embedded mode (default apps/api/data/nianbao.sqlite); `:memory:` keeps it in memory. */
  @IsString()
  EMBEDDED_DB_FILE = '';

  /** Which server MYSQL_* points at; TypeORM reads column defaults differently from MariaDB and MySQL. */
  @IsIn(MYSQL_SERVERS)
  MYSQL_SERVER: MysqlServer = 'mariadb';

  @IsString()
  MYSQL_HOST = '127.0.0.1';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  MYSQL_PORT = 3306;

  @IsString()
  MYSQL_USER = 'root';

  @IsString()
  MYSQL_PASSWORD = '';

  @IsString()
  @MinLength(1)
  MYSQL_DATABASE = 'nianbao';

  /** Demo mode loads the demo data on an empty database and lets demo accounts skip the first-login password change. */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_MODE = true;

  @IsString()
  @MinLength(16)
  JWT_SECRET = 'nianbao-demo-secret-change-me-in-production';

  @Transform(toInteger)
  @IsInt()
  @Min(30)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInteger)
  @IsInt()
  @Min(60)
  JWT_REFRESH_TTL_SECONDS = 7 * 24 * 3600;

  /** Whether the district's 分管领导 signs off after the district reviewer (on in the demo). */
  @Transform(toBoolean)
  @IsBoolean()
  LEADER_SIGN_OFF_DISTRICT = true;

  /** Whether the city's 分管领导 signs off after the city reviewer (on in the demo). */
  @Transform(toBoolean)
  @IsBoolean()
  LEADER_SIGN_OFF_CITY = true;

  /** Login attempts allowed per client address and minute. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_LIMIT = 10;

  /** File uploads allowed per client address and minute (org and report imports). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  UPLOAD_THROTTLE_LIMIT = 30;

  /** Searches of the public 年报专栏 allowed per client address and minute. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  PUBLIC_SEARCH_THROTTLE_LIMIT = 30;

  /** Browser origins allowed to call the API cross-origin, comma-separated; empty allows same-origin calls only. */
  @IsString()
  CORS_ORIGINS = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /**
   * `auto`: readable lines on a terminal outside production, JSON otherwise (log collectors, files, pipes);
   * `json` or `pretty` to choose.
   */
  @IsIn(LOG_FORMATS)
  LOG_FORMAT: LogFormat = 'auto';

  /** Port of the Prometheus endpoint GET /metrics, apart from the public port; 0 turns it off. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;

  /** The mini-program's AppID and AppSecret (mp.weixin.qq.com); empty turns WeChat login off. */
  @IsString()
  WECHAT_APPID = '';

  @IsString()
  WECHAT_SECRET = '';

  /** Where code2Session is called; tests and private gateways point it elsewhere. */
  @IsString()
  @MinLength(8)
  WECHAT_API_BASE_URL = 'https://api.weixin.qq.com';

  /** Redis for the job queue (bull), e.g. redis://127.0.0.1:6379; empty runs jobs inside the API process. */
  @IsString()
  REDIS_URL = '';

  /** Prefix of the queue's Redis keys, so several installations (or test runs) share one Redis. */
  @IsString()
  @MinLength(1)
  JOBS_PREFIX = 'nianbao';

  /** Set by worker.ts: this process takes jobs from Redis. The embedded mode always runs jobs in-process. */
  @Transform(toBoolean)
  @IsBoolean()
  JOBS_WORKER = false;

  /** Jobs one worker process runs at a time. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  JOBS_CONCURRENCY = 2;

  /** A job whose worker stops renewing its lock this long (a killed worker) is handed to another worker. */
  @Transform(toInteger)
  @IsInt()
  @Min(500)
  JOBS_LOCK_MS = 30_000;

  /**
   * CPU priority of worker processes (nice, 0–19): a batch import yields the cores to API processes on the same
   * machine, so requests stay fast while it runs.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(19)
  JOBS_WORKER_NICE = 10;

  /** Attempts per job, with exponential backoff from JOBS_BACKOFF_MS; a bad file is not retried. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  JOBS_ATTEMPTS = 3;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  JOBS_BACKOFF_MS = 2000;

  /** Largest upload (report file or zip of workbooks), in bytes. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

  /** How often the reminder scan runs; 0 turns the schedule off (the scan can still be queued by hand). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  REMINDER_SCAN_INTERVAL_SECONDS = 3600;

  /** Subscribe-message template of the mini-program (mp.weixin.qq.com); empty sends reminders to the inbox only. */
  @IsString()
  WECHAT_SUBSCRIBE_TEMPLATE_ID = '';

  /** The mini-program page a subscribe message opens. */
  @IsString()
  WECHAT_SUBSCRIBE_PAGE = 'pages/todo/index';

  /** Attempts of one subscribe message on a busy or unreachable WeChat, with exponential backoff from the base. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  WECHAT_SEND_ATTEMPTS = 4;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  WECHAT_RETRY_BASE_MS = 500;

  /**
   * Key (base64 of 32 bytes, `openssl rand -base64 32`) that encrypts secrets stored in the database (the work
   * app's secret, token and EncodingAESKey) with AES-256-GCM. Outside production an empty key falls back to one
   * derived from JWT_SECRET; in production the work app cannot be configured without it.
   */
  @IsString()
  DATA_ENCRYPTION_KEY = '';
}

export class InvalidConfigError extends Error {}

export function validateConfig(raw: Record<string, unknown>): ConfigVariables {
  const known = Object.keys(new ConfigVariables());
  const relevant = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(ConfigVariables, relevant);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `  ${error.property}=${JSON.stringify(raw[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new InvalidConfigError(`配置无效，服务未启动 (invalid configuration):\n${lines.join('\n')}`);
  }
  const isProduction =
    raw.NODE_ENV === 'production' || (config.DB_MODE === 'mysql' && config.DEMO_MODE === false);
  if (config.DATA_ENCRYPTION_KEY && Buffer.from(config.DATA_ENCRYPTION_KEY, 'base64').length !== 32) {
    throw new InvalidConfigError(
      '配置无效，服务未启动: DATA_ENCRYPTION_KEY must be base64 of 32 bytes (openssl rand -base64 32)',
    );
  }
  if (isProduction && config.JWT_SECRET === new ConfigVariables().JWT_SECRET) {
    throw new InvalidConfigError(
      '配置无效，服务未启动: JWT_SECRET must be set outside demo mode (NODE_ENV=production or DEMO_MODE=false)',
    );
  }
  return config;
}
