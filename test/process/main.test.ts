import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServerToExit, startServer } from '../helpers/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'auditpanel-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server process', () => {
  it('creates an admin token on first start, prints it once, and stops cleanly on SIGTERM', async () => {
    const env = { DATABASE_PATH: join(dir, 'data', 'first.sqlite') };
    const first = await startServer(env);
    const token = /Admin token created[^\n]*\n\n {2}(\S+)/.exec(first.output())?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const health = await fetch(`${first.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const rounds = await fetch(`${first.url}/api/v1/rounds`, { headers: { authorization: `Bearer ${token}` } });
    expect(rounds.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startServer(env);
    expect(second.output()).not.toContain('Admin token created');
    const again = await fetch(`${second.url}/api/v1/rounds`, { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);

    // Configuring AUDIT_ADMIN_TOKEN makes it the admin token and revokes the generated one.
    const configured = await startServer({ ...env, AUDIT_ADMIN_TOKEN: 'a-configured-admin-token-0123456789' });
    const headers = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
    expect(
      (await fetch(`${configured.url}/api/v1/rounds`, headers('a-configured-admin-token-0123456789'))).status,
    ).toBe(200);
    expect((await fetch(`${configured.url}/api/v1/rounds`, headers(token as string))).status).toBe(401);
    configured.child.kill('SIGTERM');
    expect(await configured.exited).toBe(0);
  });

  it('logs each request once as JSON with request id, method, path, status and time but no token', async () => {
    const server = await startServer({
      DATABASE_PATH: join(dir, 'logs.sqlite'),
      AUDIT_ADMIN_TOKEN: 'configured-admin-token-xyz-0123456789',
    });
    await fetch(`${server.url}/api/v1/rounds?limit=5&secret=query-value`, {
      headers: { authorization: 'Bearer configured-admin-token-xyz-0123456789' },
    });
    await fetch(`${server.url}/api/v1/rounds`, { headers: { authorization: 'Bearer not-a-valid-token-abc' } });
    server.child.kill('SIGTERM');
    await server.exited;
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((l) => l.reqId !== undefined);
    expect(requests).toHaveLength(2);
    const [listed, refused] = requests;
    expect(listed).toMatchObject({ level: 30, method: 'GET', path: '/api/v1/rounds', status: 200 });
    expect(refused).toMatchObject({ level: 30, method: 'GET', path: '/api/v1/rounds', status: 401 });
    expect(listed?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(listed?.reqId).not.toBe(refused?.reqId);
    expect(typeof listed?.responseTimeMs).toBe('number');
    expect(lines.some((l) => l.msg === 'incoming request')).toBe(false);
    expect(server.output()).not.toContain('configured-admin-token-xyz-0123456789');
    expect(server.output()).not.toContain('not-a-valid-token-abc');
    expect(server.output()).not.toContain('query-value');
  });

  it('finishes an in-flight request on SIGTERM and exits 0 promptly, keep-alive connection and all', async () => {
    const token = 'in-flight-admin-token-123-0123456789';
    const server = await startServer({ DATABASE_PATH: join(dir, 'inflight.sqlite'), AUDIT_ADMIN_TOKEN: token });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/api/v1/rounds`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Runde', organisation: 'Fjordby Kommune', purpose: 'Formål' }),
    });
    const { id } = (await created.json()) as { id: string };
    // Rendering the draft PDF takes a few hundred milliseconds: the signal arrives mid-request.
    const inFlight = fetch(`${server.url}/api/v1/rounds/${id}/report.pdf`, { headers });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const pdf = await inFlight;
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await server.exited).toBe(0);
    // The stated bound for a shutdown (the PDF renders in a worker, which starts with the first render).
    expect(Date.now() - signalled).toBeLessThan(10_000);
  });

  it('refuses invalid configuration with one sentence and exit code 1', async () => {
    const bad = await runServerToExit({ PORT: 'abc', DATABASE_PATH: join(dir, 'x.sqlite') });
    expect(bad.code).toBe(1);
    expect(bad.output.trim()).toBe('Invalid configuration: PORT must be a whole decimal number between 1 and 65535.');
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const unwritable = await runServerToExit({ DATABASE_PATH: join(file, 'db.sqlite') });
    expect(unwritable.code).toBe(1);
    expect(unwritable.output.trim()).toMatch(
      /^Cannot start: the folder for DATABASE_PATH .* cannot be created or written to\.$/,
    );
  });
});
