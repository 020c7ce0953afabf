import type Database from 'better-sqlite3';
import { getTableColumns, type Table } from 'drizzle-orm';
import type { Db, DbOrTx } from './connection.js';

/**
 * Hot-path SQL compiled once per database. drizzle's query builder rebuilds the SQL string
 * and SQLite recompiles it on every call; these better-sqlite3 statements are prepared on
 * first use for each connection and reused after, inside a transaction on it too. Anything
 * else kept per connection (the principal cache) is made the same way.
 */
export function statementsPerConnection<T>(prepare: (client: Database.Database) => T): (db: Db) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (db) => {
    let statements = cache.get(db.$client);
    if (statements === undefined) {
      statements = prepare(db.$client);
      cache.set(db.$client, statements);
    }
    return statements;
  };
}

/**
 * `"column" AS "key", …` for every column of a table, so raw rows come back keyed like its
 * `$inferSelect`. Only for tables whose columns need no mapping (text, plain integers).
 */
export function columnsOf(table: Table): string {
  return Object.entries(getTableColumns(table))
    .map(([key, column]) => `"${column.name}" AS "${key}"`)
    .join(', ');
}

/**
 * The database itself carries its connection (and so its compiled statements); a drizzle
 * transaction handle does not expose it. Inside `db.transaction` both reach the same
 * connection and the same transaction, so hot paths pass `db` and get the compiled statements.
 */
export function isDb(handle: DbOrTx): handle is Db {
  return '$client' in handle;
}
