import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Every table of the database, from sqlite_master: new tables are covered without a change here. */
export function tableNames(client: Database.Database): string[] {
  const rows = client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

function rowsOf(client: Database.Database, table: string): unknown[][] {
  const quoted = `"${table.replaceAll('"', '""')}"`;
  try {
    return client.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).raw(true).all() as unknown[][];
  } catch {
    // A WITHOUT ROWID table has no rowid: order by every column instead.
    const columns = (client.pragma(`table_info(${quoted})`) as unknown[]).map((_, i) => String(i + 1));
    return client
      .prepare(`SELECT * FROM ${quoted} ORDER BY ${columns.join(', ')}`)
      .raw(true)
      .all() as unknown[][];
  }
}

/**
 * A sha256 per table over `SELECT * … ORDER BY rowid` (blobs hashed as bytes). Comparing two
 * results shows which table changed; nothing is excluded, the audit log and sqlite_sequence
 * included, because a refused request must change nothing at all.
 */
export function tableDigests(client: Database.Database): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const table of tableNames(client)) {
    const hash = createHash('sha256');
    for (const row of rowsOf(client, table)) {
      for (const cell of row) {
        if (Buffer.isBuffer(cell)) hash.update(`b${cell.length}:`).update(cell);
        else hash.update(`${JSON.stringify(typeof cell === 'bigint' ? cell.toString() : cell)},`);
      }
      hash.update('\n');
    }
    digests[table] = hash.digest('hex');
  }
  return digests;
}

/** One sha256 over all tables. */
export function databaseDigest(client: Database.Database): string {
  return createHash('sha256')
    .update(JSON.stringify(tableDigests(client)))
    .digest('hex');
}
