import os from 'node:os';
import path from 'node:path';

export interface AppConfig {
  port: number;
  /** Set → that PostgreSQL server; unset → an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedDbPort: number;
  redisUrl: string | null;
  tokenTtlHours: number;
  seedDemo: boolean;
  webDist: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  loginAttempts: { perEmail: number; perIp: number; windowMinutes: number };
  plans: {
    /** Solver runs at once in this process (in-process pool) or per `npm run worker`. */
    concurrency: number;
    /** How often a running plan writes its progress and heartbeat. */
    heartbeatSeconds: number;
    /** A running plan without a heartbeat for this long is marked failed. */
    workerTimeoutSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads the environment once; lists every bad variable instead of failing on the first. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const logLevel = (env.LOG_LEVEL ?? 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of error, warn, log, debug (got "${env.LOG_LEVEL}")`);
  }

  const config: AppConfig = {
    port: int('PORT', 3000, 1, 65535),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(cwd, env.DATA_DIR || 'data'),
    embeddedDbPort: int('EMBEDDED_DB_PORT', 54329, 1024, 65535),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    tokenTtlHours: int('TOKEN_TTL_HOURS', 12, 1, 24 * 30),
    seedDemo: bool('SEED_DEMO', true),
    webDist: env.WEB_DIST === '' ? null : path.resolve(cwd, env.WEB_DIST ?? 'apps/web/dist'),
    logLevel,
    loginAttempts: {
      perEmail: int('LOGIN_MAX_ATTEMPTS_PER_EMAIL', 5, 1, 1000),
      perIp: int('LOGIN_MAX_ATTEMPTS_PER_IP', 30, 1, 100000),
      windowMinutes: int('LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    },
    plans: {
      concurrency: int('PLAN_CONCURRENCY', Math.max(1, os.availableParallelism() - 1), 1, 64),
      heartbeatSeconds: int('PLAN_HEARTBEAT_SECONDS', 2, 1, 60),
      workerTimeoutSeconds: int('PLAN_WORKER_TIMEOUT_SECONDS', 60, 5, 3600),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
