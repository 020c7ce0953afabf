/** Shared data access for focus points and recommendations: reading with numbers, positions. */
import { and, asc, count, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { focusPointItems, focusPoints, formItems, recommendations } from '../db/schema.js';
import { numberRecommendations } from '../domain/numbering.js';
import { unprocessable } from './errors.js';
import { entityTag } from './etag.js';

export interface RecommendationView {
  id: string;
  focusPointId: string;
  position: number;
  number: number;
  text: string;
  etag: string;
  createdAt: string;
  updatedAt: string;
}

export interface FocusPointView {
  id: string;
  position: number;
  title: string;
  discussion: string;
  itemIds: string[];
  itemNumbers: number[];
  recommendations: RecommendationView[];
  etag: string;
  createdAt: string;
  updatedAt: string;
}

/** Every focus point of the round in order, each with its items and numbered recommendations. */
export function readFocusPoints(tx: DbOrTx, roundId: string): FocusPointView[] {
  const points = tx
    .select()
    .from(focusPoints)
    .where(eq(focusPoints.roundId, roundId))
    .orderBy(asc(focusPoints.position))
    .all();
  if (points.length === 0) return [];
  const recs = tx
    .select()
    .from(recommendations)
    .where(eq(recommendations.roundId, roundId))
    .orderBy(asc(recommendations.position))
    .all();
  const links = tx
    .select({ focusPointId: focusPointItems.focusPointId, itemId: formItems.id, number: formItems.number })
    .from(focusPointItems)
    .innerJoin(formItems, eq(formItems.id, focusPointItems.itemId))
    .where(
      inArray(
        focusPointItems.focusPointId,
        points.map((fp) => fp.id),
      ),
    )
    .orderBy(asc(formItems.number))
    .all();
  const numbers = numberRecommendations(points, recs);
  return points.map((fp) => {
    const items = links.filter((link) => link.focusPointId === fp.id);
    return {
      id: fp.id,
      position: fp.position,
      title: fp.title,
      discussion: fp.deliberation,
      itemIds: items.map((item) => item.itemId),
      itemNumbers: items.map((item) => item.number),
      recommendations: recs
        .filter((rec) => rec.focusPointId === fp.id)
        .map((rec) => ({
          id: rec.id,
          focusPointId: rec.focusPointId,
          position: rec.position,
          number: numbers.get(rec.id) ?? 0,
          text: rec.text,
          etag: entityTag(rec.id, rec.version),
          createdAt: rec.createdAt,
          updatedAt: rec.updatedAt,
        })),
      etag: entityTag(fp.id, fp.version),
      createdAt: fp.createdAt,
      updatedAt: fp.updatedAt,
    };
  });
}

export function countFocusPoints(tx: DbOrTx, roundId: string): number {
  return tx.select({ n: count() }).from(focusPoints).where(eq(focusPoints.roundId, roundId)).get()?.n ?? 0;
}

export function countRecommendations(tx: DbOrTx, focusPointId: string): number {
  const where = eq(recommendations.focusPointId, focusPointId);
  return tx.select({ n: count() }).from(recommendations).where(where).get()?.n ?? 0;
}

/** Shifts focus points at or after `from` by `delta` (+1 opens a gap, -1 closes one after `from`). */
export function shiftFocusPoints(tx: DbOrTx, roundId: string, from: number, delta: 1 | -1): void {
  const where = delta > 0 ? gte(focusPoints.position, from) : gt(focusPoints.position, from);
  tx.update(focusPoints)
    .set({ position: sql`${focusPoints.position} + ${delta}` })
    .where(and(eq(focusPoints.roundId, roundId), where))
    .run();
}

export function shiftRecommendations(tx: DbOrTx, focusPointId: string, from: number, delta: 1 | -1): void {
  const where = delta > 0 ? gte(recommendations.position, from) : gt(recommendations.position, from);
  tx.update(recommendations)
    .set({ position: sql`${recommendations.position} + ${delta}` })
    .where(and(eq(recommendations.focusPointId, focusPointId), where))
    .run();
}

/** Replaces the items a focus point concerns; every id must be an item of the round's form (else 422). */
export function linkItems(tx: DbOrTx, roundId: string, focusPointId: string, itemIds: readonly string[]): void {
  const known = new Set(
    tx
      .select({ id: formItems.id })
      .from(formItems)
      .where(eq(formItems.roundId, roundId))
      .all()
      .map((r) => r.id),
  );
  const unknown = itemIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (unknown.length > 0) {
    throw unprocessable('unknown-item', 'Hvert itemId skal være et spørgsmål i auditforløbets vurderingsskema.', {
      errors: unknown.map((index) => ({ path: `body/itemIds/${index}`, message: 'Ukendt spørgsmål' })),
    });
  }
  tx.delete(focusPointItems).where(eq(focusPointItems.focusPointId, focusPointId)).run();
  for (const itemId of new Set(itemIds)) tx.insert(focusPointItems).values({ focusPointId, itemId }).run();
}
