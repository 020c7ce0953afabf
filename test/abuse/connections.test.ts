/**
 * Issue 12: slow clients, a second server on the same database, and shutdown. Bounds here are
 * generous sanity limits, not speed measurements.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../helpers/app.js';
import { runServerToExit, startServer } from '../helpers/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'auditpanel-connections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TOKEN = 'abuse-test-admin-token-0123456789abcdef';

/** Opens a raw connection and resolves when the server closes it, with everything it answered. */
function rawClient(url: string) {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => {});
  const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
  return { socket, closed };
}

const requestHead = (length: number, auth = true) =>
  `POST /api/v1/rounds HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n` +
  (auth ? `Authorization: Bearer ${ADMIN_TOKEN}\r\n` : '') +
  '\r\n';

describe('slow clients against short timeouts', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({}, { timeouts: { headersMs: 500, requestMs: 1_000, keepAliveMs: 500 } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('closes a connection whose body trickles past the request timeout, and stores nothing', async () => {
    const client = rawClient(url);
    client.socket.write(requestHead(1000));
    const trickle = setInterval(() => client.socket.write(' '), 100);
    const started = Date.now();
    await client.closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await t.admin.get('/api/v1/rounds').expect(200)).body.items).toEqual([]);
  });

  it('closes a connection whose headers never finish', async () => {
    const client = rawClient(url);
    client.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => client.socket.write('X-Slow: 1\r\n'), 100);
    const started = Date.now();
    await client.closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('closes the connection after an early 401 instead of reading the announced body', async () => {
    const client = rawClient(url);
    client.socket.write(requestHead(900_000, false));
    const answer = await client.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.toLowerCase()).toContain('connection: close');
  });

  it('closes the connection after a 413', async () => {
    const client = rawClient(url);
    client.socket.write(requestHead(50_000_000));
    const answer = await client.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });
});

describe('the server process', () => {
  it('refuses a second process on the same database with one sentence, and starts again after a crash', async () => {
    const database = join(dir, 'one.sqlite');
    const first = await startServer({ DATABASE_PATH: database, AUDIT_ADMIN_TOKEN: TOKEN });
    try {
      const second = await runServerToExit({ DATABASE_PATH: database, AUDIT_ADMIN_TOKEN: TOKEN });
      expect(second.code).toBe(1);
      expect(second.output.trim()).toBe(
        `Cannot start: another Auditpanel process is already serving the database ${resolve(database)}.`,
      );
      expect((await fetch(`${first.url}/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    // The operating system dropped the lock with the killed process.
    const restarted = await startServer({ DATABASE_PATH: database, AUDIT_ADMIN_TOKEN: TOKEN });
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });

  it('fails fast with one sentence for a database under /proc', async () => {
    const started = Date.now();
    const result = await runServerToExit({ DATABASE_PATH: '/proc/self/auditpanel.sqlite' });
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe('Invalid configuration: DATABASE_PATH must not lie under /proc, /sys or /dev.');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops on SIGTERM within 10 s with exit 0 while slow clients hold connections', async () => {
    const server = await startServer({ DATABASE_PATH: join(dir, 'slow.sqlite'), AUDIT_ADMIN_TOKEN: TOKEN });
    const body = rawClient(server.url);
    body.socket.write(requestHead(1000).replace(ADMIN_TOKEN, TOKEN));
    const headers = rawClient(server.url);
    headers.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => {
      body.socket.write(' ');
      headers.socket.write('X-Slow: 1\r\n');
    }, 200);
    await new Promise((done) => setTimeout(done, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    clearInterval(trickle);
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
  }, 30_000);
});
