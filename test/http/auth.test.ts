import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFailureLimiter } from '../../src/http/auth.js';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 5 });
});
afterAll(() => t.close());

const attempt = (remoteAddress: string, token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/rounds', remoteAddress, headers: { authorization: `Bearer ${token}` } });

describe('brute force protection', () => {
  it('answers 429 after repeated failures from one client while other clients are unaffected', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt('203.0.113.7', `guess-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const blocked = await attempt('203.0.113.7', 'guess-again');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The limit never refuses a valid token, not even from the blocked address.
    expect((await attempt('203.0.113.7', ADMIN_TOKEN)).statusCode).toBe(200);
    expect((await attempt('198.51.100.2', ADMIN_TOKEN)).statusCode).toBe(200);
    expect((await attempt('198.51.100.3', 'wrong')).statusCode).toBe(401);
  });

  it('does not count requests without credentials', async () => {
    const bare = () => t.app.inject({ method: 'GET', url: '/api/v1/rounds', remoteAddress: '203.0.113.8' });
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await bare()).statusCode);
    expect(statuses).toEqual(Array(12).fill(401));
    expect((await attempt('203.0.113.8', 'one-wrong-token')).statusCode).toBe(401);
  });

  it('forgets failures after a minute', () => {
    let now = 0;
    const limiter = createFailureLimiter(2, () => now);
    limiter.fail('a');
    limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(60);
    now = 59_000;
    expect(limiter.blockedFor('a')).toBe(1);
    now = 60_000;
    expect(limiter.blockedFor('a')).toBe(0);
  });
});

describe('authentication by route', () => {
  it('authenticates an API route however its path is spelled, and answers unknown paths 404', async () => {
    const encoded = await t.app.inject({ method: 'GET', url: '/%61pi/v1/rounds', remoteAddress: '192.0.2.10' });
    expect(encoded.statusCode).toBe(401);
    const admin = await t.app.inject({
      method: 'GET',
      url: '/%61pi/v1/rounds',
      remoteAddress: '192.0.2.10',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(admin.statusCode).toBe(200);
  });

  it('keeps the failure table bounded under a spray of addresses', () => {
    const limiter = createFailureLimiter(2, () => 0);
    for (let i = 0; i < 25_000; i++) limiter.fail(`addr-${i}`);
    limiter.fail('last');
    limiter.fail('last');
    expect(limiter.blockedFor('last')).toBe(60);
    expect(limiter.blockedFor('addr-0')).toBe(0);
  });
});

describe('behind a reverse proxy', () => {
  const from = (app: TestApp['app'], forwardedFor: string, token: string) =>
    app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      remoteAddress: '10.0.0.1',
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': forwardedFor },
    });

  it('limits by the client address the trusted proxy added', async () => {
    const proxied = await createTestApp({ authFailureLimit: 2, trustProxy: 1 });
    expect((await from(proxied.app, '203.0.113.1', 'bad')).statusCode).toBe(401);
    expect((await from(proxied.app, '203.0.113.1', 'bad')).statusCode).toBe(401);
    expect((await from(proxied.app, '203.0.113.1', 'bad')).statusCode).toBe(429);
    expect((await from(proxied.app, '203.0.113.1', ADMIN_TOKEN)).statusCode).toBe(200);
    expect((await from(proxied.app, '203.0.113.2', ADMIN_TOKEN)).statusCode).toBe(200);
    await proxied.close();
  });

  it('is not fooled by addresses the client wrote into X-Forwarded-For itself', async () => {
    const proxied = await createTestApp({ authFailureLimit: 2, trustProxy: 1 });
    // The proxy appends the real client (203.0.113.9) after whatever the client sent.
    const statuses = [];
    for (const forged of ['6.6.6.1', '6.6.6.2', '6.6.6.3']) {
      statuses.push((await from(proxied.app, `${forged}, 203.0.113.9`, 'bad')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 429]);
    await proxied.close();
  });
});
