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

describe('upgrading a populated database', () => {
  it('keeps every row, including children of rebuilt tables, when later migrations run', async () => {
    const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const Database = (await import('better-sqlite3')).default;
    const { drizzle } = await import('drizzle-orm/better-sqlite3');
    const { migrate } = await import('drizzle-orm/better-sqlite3/migrator');
    const { MIGRATIONS_FOLDER } = await import('../../src/paths.js');
    const dir = mkdtempSync(join(tmpdir(), 'auditpanel-upgrade-'));
    dirs.push(dir);
    // The first migration only, as a database created before the later ones existed.
    const first = join(dir, 'migrations');
    cpSync(MIGRATIONS_FOLDER, first, { recursive: true });
    const journalPath = join(first, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
    const path = join(dir, 'old.sqlite');
    const client = new Database(path);
    migrate(drizzle(client), { migrationsFolder: first });
    client.exec(`
      insert into rounds (id, title, organisation, purpose, development_question, updated_at) values ('r1','T','O','P','Q','now');
      insert into members (id, round_id, name, affiliation, role, token_hash) values ('m1','r1','N','A','panelist','h1');
      insert into cases (id, round_id, code, area) values ('c1','r1','Sag 1','Socialpsykiatri');
      insert into form_themes (id, round_id, key, title, position) values ('t1','r1','k','T',0);
      insert into form_items (id, round_id, theme_id, number, text) values ('i1','r1','t1',1,'Spørgsmål');
      insert into ratings (id, round_id, case_id, item_id, member_id, value, justification, updated_at) values ('x1','r1','c1','i1','m1','high','B','now');
      insert into audit_log (round_id, actor_id, actor_role, action, target_type, target_id, at) values ('r1','a','admin','round.created','round','r1','now');
      insert into audit_log (round_id, actor_id, actor_role, action, target_type, target_id, at) values ('r1','a','admin','case.added','case','c1','now');
    `);
    client.close();

    const upgraded = openDatabase(path);
    const count = (table: string) =>
      (upgraded.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect(['rounds', 'members', 'cases', 'form_items', 'ratings', 'audit_log'].map(count)).toEqual([1, 1, 1, 1, 1, 2]);
    expect(upgraded.$client.prepare('select id from audit_log order by id').all()).toEqual([{ id: 1 }, { id: 2 }]);
    upgraded.$client
      .prepare(
        "insert into audit_log (round_id, actor_id, actor_role, action, target_type, target_id, at) values ('r1','a','admin','x','round','r1','now')",
      )
      .run();
    expect(count('audit_log')).toBe(3);
    expect(upgraded.$client.pragma('foreign_key_check')).toEqual([]);
    upgraded.$client.close();
  });
});
