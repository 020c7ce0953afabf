import { and, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { cases, formItems, members, ratings } from '../db/schema.js';
import { PANEL_ORDER } from './orderings.js';

/** Panelists in the order they joined: progress, results raters and the discussion labels. */
export function readPanelists(tx: DbOrTx, roundId: string): { id: string; name: string }[] {
  return tx
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.roundId, roundId), eq(members.role, 'panelist')))
    .orderBy(...PANEL_ORDER)
    .all();
}

/**
 * Who is expected to rate what, and how much has come in: every panelist rates every case on
 * every item. Progress, the discussion precondition and the results all count the same way.
 */
export function ratingCounts(
  tx: DbOrTx,
  roundId: string,
): {
  cases: number;
  items: number;
  expectedEach: number;
  panelists: { id: string; name: string; received: number }[];
} {
  const caseCount = tx.select({ n: count() }).from(cases).where(eq(cases.roundId, roundId)).get()?.n ?? 0;
  const itemCount = tx.select({ n: count() }).from(formItems).where(eq(formItems.roundId, roundId)).get()?.n ?? 0;
  const received = new Map(
    tx
      .select({ memberId: ratings.memberId, n: count() })
      .from(ratings)
      .where(eq(ratings.roundId, roundId))
      .groupBy(ratings.memberId)
      .all()
      .map((row) => [row.memberId, row.n]),
  );
  return {
    cases: caseCount,
    items: itemCount,
    expectedEach: caseCount * itemCount,
    panelists: readPanelists(tx, roundId).map((p) => ({ ...p, received: received.get(p.id) ?? 0 })),
  };
}
