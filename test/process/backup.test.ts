import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server-process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TOKEN = 'backup-test-admin-token-0123456789abcdef';

describe('npm run backup', () => {
  it('copies the database consistently while clients write, and the server starts on the copy', async () => {
    const source = join(dir, 'live.sqlite');
    const server = await startServer({ DATABASE_PATH: source, AUDIT_ADMIN_TOKEN: TOKEN });
    const create = (i: number) =>
      fetch(`${server.url}/api/v1/rounds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Runde ${i}`, organisation: 'Fjordby Kommune', purpose: 'Formål' }),
      });
    for (let i = 0; i < 20; i++) await create(i);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await create(1000 + written);
        written += 1;
      }
    })();
    const target = join(dir, 'copy.sqlite');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', target], {
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: source },
    });
    writing = false;
    await writer;
    server.child.kill('SIGTERM');
    await server.exited;
    expect(stdout).toContain('Backed up');
    expect(written).toBeGreaterThan(0);

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const rounds = (copy.prepare('select count(*) as n from rounds').get() as { n: number }).n;
    copy.close();
    expect(rounds).toBeGreaterThanOrEqual(20);

    const restored = await startServer({ DATABASE_PATH: target, AUDIT_ADMIN_TOKEN: TOKEN });
    const list = await fetch(`${restored.url}/api/v1/rounds`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(rounds);
    restored.child.kill('SIGTERM');
    expect(await restored.exited).toBe(0);
  });

  it('says clearly when there is no database', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', join(dir, 'x.sqlite')], {
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: join(dir, 'missing.sqlite') },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr.trim()).toBe(
      `Backup failed: No database at ${join(dir, 'missing.sqlite')}.`,
    );
  });
});
