import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('has defaults that work with no environment at all', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databasePath: './data/auditpanel.sqlite',
      adminToken: undefined,
      bodyLimit: 1048576,
      logLevel: 'info',
      authFailureLimit: 20,
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_PATH: '/data/x.sqlite',
      AUDIT_ADMIN_TOKEN: 'a-long-enough-admin-token-0123456789',
      BODY_LIMIT: '2048',
      LOG_LEVEL: 'warn',
      AUTH_FAILURE_LIMIT: '5',
      TRUST_PROXY: '1',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databasePath: '/data/x.sqlite',
      adminToken: 'a-long-enough-admin-token-0123456789',
      bodyLimit: 2048,
      logLevel: 'warn',
      authFailureLimit: 5,
      trustProxy: 1,
    });
  });

  it.each([
    ['false', false],
    ['2', 2],
    ['10.0.0.1', '10.0.0.1'],
    [' 10.0.0.0/8 , ::1 ', '10.0.0.0/8,::1'],
  ])('takes TRUST_PROXY=%s as %o', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each<[Record<string, string>, string]>([
    ...['abc', '70000', '0', '1e3', '0x0DC0', '80.0', '-1', '+80'].map((port): [Record<string, string>, string] => [
      { PORT: port },
      'Invalid configuration: PORT must be a whole decimal number between 1 and 65535.',
    ]),
    ...['1e12', '0x100000', '100', String(16 * 1024 * 1024 + 1), '1048576.5'].map(
      (limit): [Record<string, string>, string] => [
        { BODY_LIMIT: limit },
        'Invalid configuration: BODY_LIMIT must be a whole decimal number of bytes between 1024 and 16777216.',
      ],
    ),
    [{ AUTH_FAILURE_LIMIT: '1e3' }, 'Invalid configuration: AUTH_FAILURE_LIMIT must be a whole decimal number'],
    [{ AUDIT_ADMIN_TOKEN: 'short' }, 'Invalid configuration: AUDIT_ADMIN_TOKEN must be at least 32 characters long.'],
    [
      { AUDIT_ADMIN_TOKEN: 'a-long-enough-admin-token-0123456789  ' },
      'Invalid configuration: AUDIT_ADMIN_TOKEN must not start or end with spaces.',
    ],
    [{ AUDIT_ADMIN_TOKEN: 'a'.repeat(40) }, 'Invalid configuration: AUDIT_ADMIN_TOKEN is too easy to guess'],
    [{ AUDIT_ADMIN_TOKEN: 'abab'.repeat(10) }, 'Invalid configuration: AUDIT_ADMIN_TOKEN is too easy to guess'],
    [{ AUDIT_ADMIN_TOKEN: 'ein langes Passwort mit Leerzeichen 123' }, 'AUDIT_ADMIN_TOKEN may hold only'],
    ...['/proc/self/db.sqlite', '/sys/x.sqlite', '/dev/shm/x.sqlite'].map((path): [Record<string, string>, string] => [
      { DATABASE_PATH: path },
      'Invalid configuration: DATABASE_PATH must not lie under /proc, /sys or /dev.',
    ]),
    [
      { TRUST_PROXY: 'yes' },
      'Invalid configuration: TRUST_PROXY must be false, the number of proxies in front of the service (1–10), or their addresses (IP or CIDR, comma-separated).',
    ],
    [{ TRUST_PROXY: 'true' }, 'Invalid configuration: TRUST_PROXY=true would believe any address'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'Invalid configuration: TRUST_PROXY must be false'],
    [
      { LOG_LEVEL: 'loud' },
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    ],
  ])('refuses %o with one clear sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
