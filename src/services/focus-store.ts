/** Shared data access for focus points and recommendations: reading with numbers, positions. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { focusPointItems, focusPoints, formItems, recommendations } from '../db/schema.js';
import type { FocusPoint, Recommendation } from '../contract/focus.js';
import { numberRecommendations } from '../domain/numbering.js';
import { unprocessable } from './errors.js';
import { entityTag } from './etag.js';
import { orderedList } from './ordered-list.js';

/** Focus points and recommendations as the API answers them. */
export type RecommendationView = Recommendation;
export type FocusPointView = FocusPoint;

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

/** Focus points are ordered within their round, recommendations within their focus point. */
export const focusPointList = orderedList(focusPoints, focusPoints.roundId, focusPoints.position);
export const recommendationList = orderedList(recommendations, recommendations.focusPointId, recommendations.position);

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
