import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/db/connection.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('database', () => {
  it('creates its folder, uses WAL, foreign keys and a busy timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditpanel-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'nested', 'db.sqlite'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.$client.close();
  });

  it('re-running migrations on a populated database keeps every row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditpanel-'));
    dirs.push(dir);
    const path = join(dir, 'db.sqlite');
    const db = openDatabase(path);
    const c = db.$client;
    c.prepare(
      "insert into rounds (id, title, organisation, purpose, development_question, updated_at) values ('r1','T','O','P','Q','now')",
    ).run();
    c.prepare(
      "insert into members (id, round_id, name, affiliation, role, token_hash) values ('m1','r1','N','A','panelist','h1')",
    ).run();
    c.prepare("insert into cases (id, round_id, code, area) values ('c1','r1','Sag 1','Socialpsykiatri')").run();
    migrateDatabase(db);
    c.close();
    const again = openDatabase(path);
    const counts = ['rounds', 'members', 'cases'].map(
      (table) => (again.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    );
    expect(counts).toEqual([1, 1, 1]);
    expect(again.$client.pragma('foreign_key_check')).toEqual([]);
    again.$client.close();
  });
});
