import { and, eq } from 'drizzle-orm';
import type { Draft, DraftInput } from '../contract/draft.js';
import type { Db } from '../db/connection.js';
import { ratingDrafts } from '../db/schema.js';
import type { RatingValue } from '../domain/scale.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { recordAudit } from './audit.js';
import { requireRatingTarget } from './rating-service.js';
import { loadRound } from './round-access.js';

type DraftRow = typeof ratingDrafts.$inferSelect;

const toDraft = (row: DraftRow): Draft => ({
  caseId: row.caseId,
  itemId: row.itemId,
  value: row.value as RatingValue | null,
  justification: row.justification,
  updatedAt: row.updatedAt,
});

const cellOf = (caseId: string, itemId: string, memberId: string) =>
  and(eq(ratingDrafts.caseId, caseId), eq(ratingDrafts.itemId, itemId), eq(ratingDrafts.memberId, memberId));

/**
 * Half-answered items: a panelist's own value without a justification (or the reverse), kept
 * on the server so a reload or another device loses nothing. Drafts are the panelist's only:
 * nobody else reads them, and progress and results never count them.
 */
export function createDraftService(db: Db) {
  function put(principal: Principal, roundId: string, caseId: string, itemId: string, input: DraftInput): Draft {
    return db.transaction((tx) => {
      requireRatingTarget(db, principal, roundId, caseId, itemId);
      const row: DraftRow = {
        roundId,
        caseId,
        itemId,
        memberId: principal.id,
        value: input.value ?? null,
        justification: input.justification ?? null,
        updatedAt: new Date().toISOString(),
      };
      tx.insert(ratingDrafts)
        .values(row)
        .onConflictDoUpdate({
          target: [ratingDrafts.caseId, ratingDrafts.itemId, ratingDrafts.memberId],
          set: { value: row.value, justification: row.justification, updatedAt: row.updatedAt },
        })
        .run();
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'draft.saved',
        targetType: 'draft',
        targetId: `${caseId}/${itemId}`,
        details: { caseId, itemId, hasValue: row.value !== null, hasJustification: row.justification !== null },
      });
      return toDraft(row);
    });
  }

  /** The caller's own drafts; staff and others have none, so they get an empty list. */
  function list(principal: Principal, roundId: string): Draft[] {
    loadRound(db, principal, roundId, 'round.read');
    return db
      .select()
      .from(ratingDrafts)
      .where(and(eq(ratingDrafts.roundId, roundId), eq(ratingDrafts.memberId, principal.id)))
      .all()
      .map(toDraft);
  }

  function remove(principal: Principal, roundId: string, caseId: string, itemId: string): void {
    db.transaction((tx) => {
      requireRatingTarget(db, principal, roundId, caseId, itemId);
      // Idempotent: forgetting a draft that is not there (already saved in full) is no error,
      // and still a mutation request the log records.
      const deleted = tx
        .delete(ratingDrafts)
        .where(cellOf(caseId, itemId, principal.id))
        .run();
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'draft.removed',
        targetType: 'draft',
        targetId: `${caseId}/${itemId}`,
        details: { caseId, itemId, existed: deleted.changes > 0 },
      });
    });
  }

  return { put, list, remove };
}

export type DraftService = ReturnType<typeof createDraftService>;
