import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/db/group-commit.js';

let client: Database.Database;

beforeEach(() => {
  client = new Database(':memory:');
  client.pragma('foreign_keys = ON');
  client.exec(`
    CREATE TABLE notes (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE log (key TEXT NOT NULL, value TEXT NOT NULL);
    CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE children (
      parent_id TEXT NOT NULL REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED
    );
    -- A failure after which SQLite gives up the whole transaction, not just the statement.
    CREATE TRIGGER notes_abort BEFORE INSERT ON notes WHEN NEW.value = 'abort'
      BEGIN SELECT RAISE(ROLLBACK, 'aborted by trigger'); END;
  `);
});
afterEach(() => client.close());

/** A write like a rating save: an upsert and a log row; some values fail on purpose. */
function writer() {
  const upsert = client.prepare(
    'INSERT INTO notes (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const log = client.prepare('INSERT INTO log (key, value) VALUES (?, ?)');
  const orphan = client.prepare("INSERT INTO children (parent_id) VALUES ('nobody')");
  return groupCommit(client, (key: string, value: string) => {
    upsert.run(key, value);
    log.run(key, value);
    if (value === 'throw') throw new Error(`refused ${key}`);
    // Passes its savepoint; only the COMMIT finds the missing parent (a deferred key).
    if (value === 'orphan') orphan.run();
    return `${key}=${value}`;
  });
}

const notes = () =>
  Object.fromEntries(
    (
      client.prepare('SELECT key, value FROM notes ORDER BY key').all() as {
        key: string;
        value: string;
      }[]
    ).map((row) => [row.key, row.value]),
  );
const logged = () => (client.prepare('SELECT key, value FROM log ORDER BY rowid').all() as object[]).length;

describe('groupCommit', () => {
  it('writes the calls of one turn in one transaction and answers only after the commit', async () => {
    const save = writer();
    const answers = ['a', 'b', 'c', 'd', 'e'].map((key) =>
      save(key, key.toUpperCase()).then((answer) => ({
        answer,
        inTransaction: client.inTransaction,
        rows: notes(),
      })),
    );
    expect(notes()).toEqual({}); // queued, not yet written

    const settled = await Promise.all(answers);
    expect(settled.map((s) => s.answer)).toEqual(['a=A', 'b=B', 'c=C', 'd=D', 'e=E']);
    for (const s of settled) {
      expect(s.inTransaction).toBe(false);
      expect(s.rows).toEqual({ a: 'A', b: 'B', c: 'C', d: 'D', e: 'E' });
    }
    expect(save.stats()).toEqual({ transactions: 1, calls: 5 });
  });

  it('rolls back a call that throws, alone: its rows are gone and the others are kept', async () => {
    const save = writer();
    const outcomes = await Promise.allSettled([save('a', 'A'), save('b', 'throw'), save('c', 'C')]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('refused b'));
    expect(notes()).toEqual({ a: 'A', c: 'C' });
    expect(logged()).toBe(2);
    expect(save.stats()).toEqual({ transactions: 1, calls: 3 });
  });

  it('runs the calls in the order they were made: the later save of a key wins', async () => {
    const save = writer();
    await Promise.all([save('a', 'first'), save('b', 'B'), save('a', 'second')]);
    expect(notes()).toEqual({ a: 'second', b: 'B' });
  });

  it('writes every call again on its own when the group’s commit fails', async () => {
    const save = writer();
    const outcomes = await Promise.allSettled([save('a', 'A'), save('b', 'orphan'), save('c', 'C')]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY constraint failed/);
    expect(notes()).toEqual({ a: 'A', c: 'C' });
    expect(logged()).toBe(2);
    expect(client.prepare('SELECT count(*) AS n FROM children').get()).toEqual({
      n: 0,
    });
    // The failed group committed nothing; then a, b (rolled back) and c each alone.
    expect(save.stats()).toEqual({ transactions: 3, calls: 3 });
  });

  it('writes every call again on its own when SQLite gives up the whole transaction', async () => {
    const save = writer();
    const outcomes = await Promise.allSettled([save('a', 'A'), save('b', 'abort'), save('c', 'C')]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/aborted by trigger/);
    expect(notes()).toEqual({ a: 'A', c: 'C' });
    expect(logged()).toBe(2);
    expect(client.inTransaction).toBe(false);
  });

  it('splits a long queue into transactions of at most 256 calls', async () => {
    const save = writer();
    await Promise.all(Array.from({ length: 600 }, (_, i) => save(`k${i}`, 'v')));
    expect(Object.keys(notes())).toHaveLength(600);
    expect(save.stats()).toEqual({ transactions: 3, calls: 600 });
  });

  it('puts a call made while a group settles into the next group', async () => {
    const save = writer();
    const later = await save('a', 'A').then(() => save('b', 'B'));
    expect(later).toBe('b=B');
    expect(save.stats()).toEqual({ transactions: 2, calls: 2 });
  });

  it('flush() writes what is queued at once, before the connection closes', async () => {
    const save = writer();
    const pending = [save('a', 'A'), save('b', 'B')];
    save.flush();
    expect(notes()).toEqual({ a: 'A', b: 'B' });
    client.close();
    await expect(Promise.all(pending)).resolves.toEqual(['a=A', 'b=B']);
    client = new Database(':memory:'); // for afterEach
  });
});
