import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrateDatabase, openDatabase } from '../../src/db/connection.js';
import { MIGRATIONS_FOLDER } from '../../src/paths.js';
import { assembleReport } from '../../src/services/report-model-service.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A database file migrated only up to the migration tagged `lastTag`, as a database created
 * before the later migrations existed; returns its path and an open client.
 */
function databaseMigratedTo(lastTag: string, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  const folder = join(dir, 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === lastTag);
  if (upTo < 0) throw new Error(`no migration ${lastTag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo + 1) }));
  const path = join(dir, 'old.sqlite');
  const client = new Database(path);
  migrate(drizzle(client), { migrationsFolder: folder });
  return { path, client };
}

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
  it('keeps every row, including children of rebuilt tables, when later migrations run', () => {
    const { path, client } = databaseMigratedTo('0000_init', 'auditpanel-upgrade-');
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

describe('phase dates move from the audit log into round_phases', () => {
  it('backfills every round that went through transitions, first row per phase, ignoring odd rows', () => {
    // The database as it was before round_phases existed.
    const { path, client } = databaseMigratedTo('0002_round_version', 'auditpanel-phases-');
    const round = client.prepare(
      "insert into rounds (id, title, organisation, purpose, development_question, phase, created_at, updated_at) values (?, 'T', 'O', 'P', 'Q', ?, ?, 'now')",
    );
    const audit = client.prepare(
      "insert into audit_log (round_id, actor_id, actor_role, action, target_type, target_id, details, at) values (?, 'a', 'admin', ?, 'round', ?, ?, ?)",
    );
    const moved = (id: string, from: string, to: string, at: string) =>
      audit.run(id, 'round.transitioned', id, JSON.stringify({ from, to }), at);
    // r1 went all the way to follow_up, with other audit rows in between.
    round.run('r1', 'follow_up', '2026-01-01T09:00:00.000Z');
    audit.run('r1', 'round.created', 'r1', JSON.stringify({ phase: 'scoping' }), '2026-01-01T09:00:00.001Z');
    moved('r1', 'scoping', 'panel', '2026-01-02T10:00:00.000Z');
    audit.run('r1', 'case.added', 'c1', JSON.stringify({ documents: 1 }), '2026-01-02T11:00:00.000Z');
    moved('r1', 'panel', 'calibration', '2026-01-03T10:00:00.000Z');
    moved('r1', 'calibration', 'rating', '2026-01-04T10:00:00.000Z');
    moved('r1', 'rating', 'discussion', '2026-01-05T10:00:00.000Z');
    // A second row for the same phase (should not happen): the first one counts.
    moved('r1', 'rating', 'discussion', '2026-01-06T10:00:00.000Z');
    moved('r1', 'discussion', 'follow_up', '2026-01-07T10:00:00.000Z');
    // r2 is in panel; one of its rows has details that are not JSON and one names no phase.
    round.run('r2', 'panel', '2026-02-01T09:00:00.000Z');
    audit.run('r2', 'round.created', 'r2', null, '2026-02-01T09:00:00.002Z');
    moved('r2', 'scoping', 'panel', '2026-02-02T10:00:00.000Z');
    audit.run('r2', 'round.transitioned', 'r2', 'not json', '2026-02-03T10:00:00.000Z');
    moved('r2', 'panel', 'nowhere', '2026-02-04T10:00:00.000Z');
    // r3 was written by hand, without any audit row; a deleted round's rows stay in the log.
    round.run('r3', 'scoping', '2026-03-01T09:00:00.000Z');
    moved('gone', 'scoping', 'panel', '2026-03-02T10:00:00.000Z');
    client.close();

    const upgraded = openDatabase(path);
    const rows = upgraded.$client
      .prepare(
        'select round_id as roundId, phase, reached_at as reachedAt from round_phases order by round_id, reached_at',
      )
      .all();
    expect(rows).toEqual([
      { roundId: 'r1', phase: 'scoping', reachedAt: '2026-01-01T09:00:00.001Z' },
      { roundId: 'r1', phase: 'panel', reachedAt: '2026-01-02T10:00:00.000Z' },
      { roundId: 'r1', phase: 'calibration', reachedAt: '2026-01-03T10:00:00.000Z' },
      { roundId: 'r1', phase: 'rating', reachedAt: '2026-01-04T10:00:00.000Z' },
      { roundId: 'r1', phase: 'discussion', reachedAt: '2026-01-05T10:00:00.000Z' },
      { roundId: 'r1', phase: 'follow_up', reachedAt: '2026-01-07T10:00:00.000Z' },
      { roundId: 'r2', phase: 'scoping', reachedAt: '2026-02-01T09:00:00.002Z' },
      { roundId: 'r2', phase: 'panel', reachedAt: '2026-02-02T10:00:00.000Z' },
      { roundId: 'r3', phase: 'scoping', reachedAt: '2026-03-01T09:00:00.000Z' },
    ]);
    // The audit log itself is untouched, and the report reads the backfilled dates.
    expect((upgraded.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n).toBe(13);
    const model = assembleReport(upgraded, 'r1', { draft: true, generatedAt: '2026-01-08T00:00:00.000Z' });
    expect(model.phases.map((p) => p.reachedAt)).toEqual([
      '2026-01-01T09:00:00.001Z',
      '2026-01-02T10:00:00.000Z',
      '2026-01-03T10:00:00.000Z',
      '2026-01-04T10:00:00.000Z',
      '2026-01-05T10:00:00.000Z',
      '2026-01-07T10:00:00.000Z',
      null,
    ]);
    expect(upgraded.$client.pragma('foreign_key_check')).toEqual([]);
    upgraded.$client.close();
  });
});
