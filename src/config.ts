import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/** 16 MiB: large enough for any case the limits allow, small enough that one body cannot exhaust the heap. */
export const MAX_BODY_LIMIT = 16 * 1024 * 1024;
export const MIN_ADMIN_TOKEN_LENGTH = 32;
const SYSTEM_FOLDERS = ['/proc/', '/sys/', '/dev/'];

/** Digits only: `1e3`, `0x0DC0`, ` 80` or `80.0` are refused rather than read as numbers. */
function decimal(message: string, min: number, max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,10}$/, message)
    .transform(Number)
    .refine((value) => value >= min && value <= max, message);
}

/**
 * The admin token is sent as a bearer token, so it must be a token68 string with nothing
 * around it; and as the key to every round it must not be guessable: at least 32 characters
 * drawn from at least 10 different ones (rules out "aaaa…" and "abab…").
 */
export function adminTokenProblem(token: string): string | null {
  if (token !== token.trim()) return 'AUDIT_ADMIN_TOKEN must not start or end with spaces';
  if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
    return `AUDIT_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long`;
  }
  if (!/^[A-Za-z0-9._~+/-]+=*$/.test(token)) {
    return 'AUDIT_ADMIN_TOKEN may hold only letters A–Z and a–z, digits and - . _ ~ + / (as a bearer token can)';
  }
  if (new Set(token).size < 10) return 'AUDIT_ADMIN_TOKEN is too easy to guess: use at least 10 different characters';
  return null;
}

const ConfigSchema = z.object({
  port: decimal('PORT must be a whole decimal number between 1 and 65535', 1, 65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  databasePath: z
    .string()
    .min(1)
    .refine(
      (path) => path === ':memory:' || !SYSTEM_FOLDERS.some((folder) => resolve(path).startsWith(folder)),
      'DATABASE_PATH must not lie under /proc, /sys or /dev',
    )
    .default('./data/auditpanel.sqlite'),
  adminToken: z
    .string()
    .superRefine((token, ctx) => {
      const problem = adminTokenProblem(token);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  bodyLimit: decimal(
    `BODY_LIMIT must be a whole decimal number of bytes between 1024 and ${MAX_BODY_LIMIT}`,
    1024,
    MAX_BODY_LIMIT,
  ).default(1024 * 1024),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Failed authentications from one address within a minute before answering 429. */
  authFailureLimit: decimal('AUTH_FAILURE_LIMIT must be a whole decimal number between 1 and 10000', 1, 10_000).default(
    20,
  ),
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
