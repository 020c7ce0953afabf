import { sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { clampPosition } from '../domain/numbering.js';

/**
 * One ordered list per scope value (focus points per round, recommendations per focus point,
 * initiatives per plan, steps per initiative): positions are 1..N with no gaps. Every insert,
 * move and removal goes through here, so each list stays consecutive the same way; numbers
 * and labels are derived from positions on read (src/domain/numbering.ts), never stored.
 */
export interface OrderedList {
  /** How many entries the scope holds. */
  count(tx: DbOrTx, scopeId: string): number;
  /** Opens a gap for a new entry and returns its position: omitted → last, out of range → clamped. */
  insertAt(tx: DbOrTx, scopeId: string, requested: number | undefined): number;
  /** Closes the gap an entry at `position` leaves (call after deleting it, or before moving it out). */
  remove(tx: DbOrTx, scopeId: string, position: number): void;
  /**
   * Takes the entry at `from` in `fromScope` out and opens its new place in `toScope`
   * (the same or another); returns the new position for the caller to write. Without
   * `requested` it stays where it was in its own list and goes last in another.
   */
  move(tx: DbOrTx, entry: { scopeId: string; position: number }, toScope: string, requested?: number): number;
}

export function orderedList(table: SQLiteTable, scope: SQLiteColumn, position: SQLiteColumn): OrderedList {
  const positionName = sql.identifier(position.name);

  /** Shifts entries at or after `from` by +1 (opens a gap), or after `from` by -1 (closes one). */
  function shift(tx: DbOrTx, scopeId: string, from: number, delta: 1 | -1): void {
    const where = delta > 0 ? sql`${position} >= ${from}` : sql`${position} > ${from}`;
    tx.run(
      sql`UPDATE ${table} SET ${positionName} = ${positionName} + ${delta} WHERE ${scope} = ${scopeId} AND ${where}`,
    );
  }

  function count(tx: DbOrTx, scopeId: string): number {
    return tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${table} WHERE ${scope} = ${scopeId}`)?.n ?? 0;
  }

  function insertAt(tx: DbOrTx, scopeId: string, requested: number | undefined): number {
    const at = clampPosition(requested, count(tx, scopeId) + 1);
    shift(tx, scopeId, at, 1);
    return at;
  }

  function remove(tx: DbOrTx, scopeId: string, at: number): void {
    shift(tx, scopeId, at, -1);
  }

  function move(tx: DbOrTx, entry: { scopeId: string; position: number }, toScope: string, requested?: number) {
    shift(tx, entry.scopeId, entry.position, -1);
    const moving = toScope !== entry.scopeId;
    // Within its own list it still counts itself; in another list it is one more.
    const max = count(tx, toScope) + (moving ? 1 : 0);
    const at = clampPosition(requested ?? (moving ? undefined : entry.position), max);
    shift(tx, toScope, at, 1);
    return at;
  }

  return { count, insertAt, remove, move };
}
