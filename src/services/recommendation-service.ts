import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { focusPoints, recommendations } from '../db/schema.js';
import type { RecommendationInput, RecommendationPatch } from '../contract/focus.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { notFound, unprocessable } from './errors.js';
import { recordAudit } from './audit.js';
import { checkIfMatch, entityTag } from './etag.js';
import { readFocusPoints, recommendationList, type RecommendationView } from './focus-store.js';
import { LIMITS } from '../domain/limits.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { requireBelow } from './round-limits.js';

export type { RecommendationInput, RecommendationPatch };

type RecommendationRow = typeof recommendations.$inferSelect;

function focusPointExists(tx: DbOrTx, roundId: string, id: string): boolean {
  return !!tx
    .select({ id: focusPoints.id })
    .from(focusPoints)
    .where(and(eq(focusPoints.roundId, roundId), eq(focusPoints.id, id)))
    .get();
}

function findRow(tx: DbOrTx, roundId: string, id: string): RecommendationRow {
  const row = tx
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.roundId, roundId), eq(recommendations.id, id)))
    .get();
  if (!row) throw notFound('recommendation');
  return row;
}

/** One recommendation with its number, which depends on every focus point before it. */
export function readRecommendation(tx: DbOrTx, roundId: string, id: string): RecommendationView {
  for (const fp of readFocusPoints(tx, roundId)) {
    const found = fp.recommendations.find((rec) => rec.id === id);
    if (found) return found;
  }
  throw notFound('recommendation');
}

export function createRecommendationService(db: Db) {
  function create(principal: Principal, roundId: string, focusPointId: string, input: RecommendationInput) {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      if (!focusPointExists(tx, roundId, focusPointId)) throw notFound('focusPoint');
      guardFreeTexts(input, ['text']);
      const inRound = tx
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(eq(recommendations.roundId, roundId))
        .all();
      requireBelow(inRound.length, LIMITS.recommendationsPerRound, 'recommendations');
      const position = recommendationList.insertAt(tx, focusPointId, input.position);
      const id = randomUUID();
      tx.insert(recommendations)
        .values({ id, roundId, focusPointId, text: input.text, position, updatedAt: new Date().toISOString() })
        .run();
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'recommendation.created',
        targetType: 'recommendation',
        targetId: id,
        details: { focusPointId, position },
      });
      return readRecommendation(tx, roundId, id);
    });
  }

  function get(principal: Principal, roundId: string, id: string): RecommendationView {
    loadRound(db, principal, roundId, 'round.read');
    return readRecommendation(db, roundId, id);
  }

  function update(
    principal: Principal,
    roundId: string,
    id: string,
    ifMatch: string | undefined,
    patch: RecommendationPatch,
  ): RecommendationView {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      guardFreeTexts(patch, ['text']);
      const row = findRow(tx, roundId, id);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const target = patch.focusPointId ?? row.focusPointId;
      if (!focusPointExists(tx, roundId, target)) {
        throw unprocessable('unknown-focus-point', 'focusPointId skal være et fokuspunkt i dette auditforløb.', {
          errors: [{ path: 'body/focusPointId', message: 'Ukendt fokuspunkt' }],
        });
      }
      const moves = target !== row.focusPointId || patch.position !== undefined;
      const from = { scopeId: row.focusPointId, position: row.position };
      const position = moves ? recommendationList.move(tx, from, target, patch.position) : row.position;
      tx.update(recommendations)
        .set({
          text: patch.text ?? row.text,
          focusPointId: target,
          position,
          version: row.version + 1,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(recommendations.id, id))
        .run();
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'recommendation.updated',
        targetType: 'recommendation',
        targetId: id,
        details: { fields: Object.keys(patch).join(','), version: row.version + 1 },
      });
      return readRecommendation(tx, roundId, id);
    });
  }

  function remove(principal: Principal, roundId: string, id: string, ifMatch: string | undefined): void {
    db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'focusPoints');
      const row = findRow(tx, roundId, id);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      tx.delete(recommendations).where(eq(recommendations.id, id)).run();
      recommendationList.remove(tx, row.focusPointId, row.position);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'recommendation.deleted',
        targetType: 'recommendation',
        targetId: id,
        details: { focusPointId: row.focusPointId },
      });
    });
  }

  return { create, get, update, remove };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
