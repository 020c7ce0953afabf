import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_FOLDER } from '../paths.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; data-access functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export function openDatabase(path: string): Db {
  if (path !== ':memory:') createPrivately(path);
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  const db = drizzle(client, { schema }) as Db;
  migrateDatabase(db);
  return db;
}

/**
 * The case material is personal: a folder and a database file the service creates are for
 * its own user only (0700 / 0600; SQLite gives the -wal and -shm files the database's mode).
 * Existing folders and files keep the modes their owner chose.
 */
export function createPrivately(path: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
}

/**
 * drizzle-kit's table rebuilds emit `PRAGMA foreign_keys=OFF` inside the migrator's
 * transaction, where it does nothing, so ON DELETE CASCADE would wipe child rows
 * (drizzle-orm #5782). Foreign keys are off around migrate() and checked after.
 */
export function migrateDatabase(db: Db): void {
  const client = db.$client;
  client.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    client.pragma('foreign_keys = ON');
  }
  const violations = client.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) {
    throw new Error(`Migration left ${violations.length} rows violating foreign keys`);
  }
}
