import { and, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { cases, formItems, members } from '../db/schema.js';
import { roundSizeExceeded, type RoundSize } from '../domain/limits.js';
import { limitExceeded } from './errors.js';

function countOf(tx: DbOrTx, table: typeof cases | typeof formItems, roundId: string): number {
  return tx.select({ n: count() }).from(table).where(eq(table.roundId, roundId)).get()?.n ?? 0;
}

export function roundSize(tx: DbOrTx, roundId: string): RoundSize {
  const panelists =
    tx
      .select({ n: count() })
      .from(members)
      .where(and(eq(members.roundId, roundId), eq(members.role, 'panelist')))
      .get()?.n ?? 0;
  return { cases: countOf(tx, cases, roundId), items: countOf(tx, formItems, roundId), panelists };
}

/** Refuses (422) a change that would take the round past its size limits (src/domain/limits.ts). */
export function requireRoundSize(tx: DbOrTx, roundId: string, change: (size: RoundSize) => RoundSize): void {
  const reason = roundSizeExceeded(change(roundSize(tx, roundId)));
  if (reason) throw limitExceeded(reason);
}

/** What a round holds a counted number of, in Danish plural for the problem's detail. */
const LIMITED_THINGS = {
  members: 'medlemmer',
  'focus points': 'fokuspunkter',
  recommendations: 'anbefalinger',
} as const;
type LimitedThing = keyof typeof LIMITED_THINGS;

/** Refuses (422) one more of something a round holds at most `max` of. */
export function requireBelow(current: number, max: number, what: LimitedThing): void {
  if (current >= max) throw limitExceeded(`Et auditforløb kan højst have ${max} ${LIMITED_THINGS[what]}.`);
}
