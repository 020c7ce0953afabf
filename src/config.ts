import { isIP } from 'node:net';
import { z } from 'zod';

const ConfigSchema = z.object({
  port: z.coerce
    .number({ error: 'PORT must be a whole number between 0 and 65535' })
    .int('PORT must be a whole number between 0 and 65535')
    .min(0, 'PORT must be a whole number between 0 and 65535')
    .max(65535, 'PORT must be a whole number between 0 and 65535')
    .default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  databasePath: z.string().min(1).default('./data/auditpanel.sqlite'),
  adminToken: z.string().min(16, 'AUDIT_ADMIN_TOKEN must be at least 16 characters long').optional(),
  bodyLimit: z.coerce
    .number({ error: 'BODY_LIMIT must be a number of bytes' })
    .int('BODY_LIMIT must be a whole number of bytes')
    .positive('BODY_LIMIT must be a positive number of bytes')
    .default(1024 * 1024),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Failed authentications from one address within a minute before answering 429. */
  authFailureLimit: z.coerce
    .number({ error: 'AUTH_FAILURE_LIMIT must be a whole number' })
    .int('AUTH_FAILURE_LIMIT must be a whole number')
    .positive('AUTH_FAILURE_LIMIT must be positive')
    .default(20),
  /**
   * Behind reverse proxies: how many there are, or their addresses. Only the entries of
   * X-Forwarded-For that those proxies added are believed; `true` (believe any entry) would
   * let a client pick a new address per request and never meet the 429 limit.
   */
  trustProxy: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const parsed = value === 'true' ? undefined : parseTrustProxy(value);
      if (parsed !== undefined) return parsed;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          value === 'true'
            ? 'TRUST_PROXY=true would believe any address a client writes into X-Forwarded-For; give the number of proxies in front of the service (e.g. 1) or their addresses'
            : 'TRUST_PROXY must be false, the number of proxies in front of the service (1–10), or their addresses (IP or CIDR, comma-separated)',
      });
      return z.NEVER;
    }),
});

export type Config = z.infer<typeof ConfigSchema>;

const ENV_NAMES: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  databasePath: 'DATABASE_PATH',
  adminToken: 'AUDIT_ADMIN_TOKEN',
  bodyLimit: 'BODY_LIMIT',
  logLevel: 'LOG_LEVEL',
  authFailureLimit: 'AUTH_FAILURE_LIMIT',
  trustProxy: 'TRUST_PROXY',
};

export class ConfigError extends Error {}

/** Reads the environment; every variable is optional and the defaults run the service locally. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(ENV_NAMES).map(([key, name]) => [key, emptyToUndefined(env[name])]));
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = ENV_NAMES[issue?.path[0] as keyof Config] ?? 'configuration';
    throw new ConfigError(`Invalid configuration: ${issue?.message ?? `${name} is invalid`}.`);
  }
  return parsed.data;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...ConfigSchema.parse({}), databasePath: ':memory:', logLevel: 'silent', ...overrides };
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** false, a hop count, or a comma-separated list of proxy addresses (as fastify's trustProxy takes them). */
function parseTrustProxy(value: string): false | number | string | undefined {
  if (value === 'false') return false;
  if (/^[0-9]+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : undefined;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address = '', prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    return /^[0-9]+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
  });
  return valid ? entries.join(',') : undefined;
}
