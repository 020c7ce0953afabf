/**
 * `npm run backup -- <file>`: a consistent online copy of the database while the server
 * keeps writing, through SQLite's backup API (better-sqlite3's db.backup).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig } from '../src/config.js';

async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(target);
    return { pages: progress.totalPages };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('Usage: npm run backup -- <file>\n');
    process.exit(1);
  }
  try {
    const source = resolve(loadConfig().databasePath);
    const { pages } = await backupDatabase(source, resolve(target));
    process.stdout.write(`Backed up ${source} to ${resolve(target)} (${pages} pages).\n`);
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Backup failed: ${message}\n`);
    process.exit(1);
  }
}

// Always the entry point: a check against process.argv[1] missed paths with spaces or æøå.
await main();
