import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { focusPoints } from '../db/schema.js';
import type { FocusPointInput, FocusPointPatch } from '../contract/focus.js';
import { suggestFocusPoints, type FocusPointSuggestion } from '../domain/suggestions.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { checkIfMatch, entityTag } from './etag.js';
import { focusPointList, linkItems, readFocusPoints, recommendationList, type FocusPointView } from './focus-store.js';
import { readForm } from './form-service.js';
import { computeResults } from './results-service.js';
import { LIMITS } from '../domain/limits.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { requireBelow } from './round-limits.js';

export type { FocusPointInput, FocusPointPatch };

type FocusPointRow = typeof focusPoints.$inferSelect;

function findRow(tx: DbOrTx, roundId: string, id: string): FocusPointRow {
  const row = tx
    .select()
    .from(focusPoints)
    .where(and(eq(focusPoints.roundId, roundId), eq(focusPoints.id, id)))
    .get();
  if (!row) throw notFound('focusPoint');
  return row;
}

export function readFocusPoint(tx: DbOrTx, roundId: string, id: string): FocusPointView {
  const found = readFocusPoints(tx, roundId).find((fp) => fp.id === id);
  if (!found) throw notFound('focusPoint');
  return found;
}

export function createFocusPointService(db: Db) {
  function create(principal: Principal, roundId: string, input: FocusPointInput): FocusPointView {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      requireBelow(focusPointList.count(tx, roundId), LIMITS.focusPointsPerRound, 'focus points');
      guardFreeTexts(input, ['title', 'discussion']);
      const position = focusPointList.insertAt(tx, roundId, input.position);
      const id = randomUUID();
      const now = new Date().toISOString();
      tx.insert(focusPoints)
        .values({ id, roundId, title: input.title, deliberation: input.discussion, position, updatedAt: now })
        .run();
      linkItems(tx, roundId, id, input.itemIds ?? []);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'focusPoint.created',
        targetType: 'focusPoint',
        targetId: id,
        details: { position, items: new Set(input.itemIds ?? []).size },
      });
      return readFocusPoint(tx, roundId, id);
    });
  }

  function list(principal: Principal, roundId: string): FocusPointView[] {
    loadRound(db, principal, roundId, 'round.read');
    return readFocusPoints(db, roundId);
  }

  function get(principal: Principal, roundId: string, id: string): FocusPointView {
    loadRound(db, principal, roundId, 'round.read');
    return readFocusPoint(db, roundId, id);
  }

  function update(
    principal: Principal,
    roundId: string,
    id: string,
    ifMatch: string | undefined,
    patch: FocusPointPatch,
  ): FocusPointView {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      guardFreeTexts(patch, ['title', 'discussion']);
      const row = findRow(tx, roundId, id);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const position =
        patch.position === undefined
          ? row.position
          : focusPointList.move(tx, { scopeId: roundId, position: row.position }, roundId, patch.position);
      tx.update(focusPoints)
        .set({
          title: patch.title ?? row.title,
          deliberation: patch.discussion ?? row.deliberation,
          position,
          version: row.version + 1,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(focusPoints.id, id))
        .run();
      if (patch.itemIds !== undefined) linkItems(tx, roundId, id, patch.itemIds);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'focusPoint.updated',
        targetType: 'focusPoint',
        targetId: id,
        details: { fields: Object.keys(patch).join(','), version: row.version + 1 },
      });
      return readFocusPoint(tx, roundId, id);
    });
  }

  function remove(principal: Principal, roundId: string, id: string, ifMatch: string | undefined): void {
    db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      const row = findRow(tx, roundId, id);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const recommendations = recommendationList.count(tx, id);
      // Its recommendations and item links go with it (ON DELETE CASCADE).
      tx.delete(focusPoints).where(eq(focusPoints.id, id)).run();
      focusPointList.remove(tx, roundId, row.position);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'focusPoint.deleted',
        targetType: 'focusPoint',
        targetId: id,
        details: { recommendations },
      });
    });
  }

  /** Candidates computed from the results; reads only, creates nothing. */
  function suggestions(principal: Principal, roundId: string): FocusPointSuggestion[] {
    return db.transaction((tx) => {
      loadRound(tx, principal, roundId, 'focus.write');
      return suggestFocusPoints(readForm(tx, roundId).themes, computeResults(tx, roundId).items);
    });
  }

  return { create, list, get, update, remove, suggestions };
}

export type FocusPointService = ReturnType<typeof createFocusPointService>;
