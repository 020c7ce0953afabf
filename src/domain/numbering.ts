/**
 * Positions are 1-based and contiguous within their list (focus points within a round,
 * recommendations within a focus point). Recommendation numbers are never stored: they
 * are derived from positions on every read, so they are right after any insert, move or
 * delete.
 */

/** Where an insert or move lands: omitted → last; outside 1..max → clamped to the nearest end. */
export function clampPosition(requested: number | undefined, max: number): number {
  if (requested === undefined) return max;
  return Math.min(Math.max(1, requested), max);
}

export interface Positioned {
  id: string;
  position: number;
}

/** 1..N across focus points in their order, and by position within each focus point. */
export function numberRecommendations(
  focusPoints: readonly Positioned[],
  recommendations: readonly (Positioned & { focusPointId: string })[],
): Map<string, number> {
  const order = new Map([...focusPoints].sort(byPosition).map((fp, index) => [fp.id, index]));
  const numbered = recommendations
    .filter((rec) => order.has(rec.focusPointId))
    .sort((a, b) => (order.get(a.focusPointId) ?? 0) - (order.get(b.focusPointId) ?? 0) || byPosition(a, b));
  return new Map(numbered.map((rec, index) => [rec.id, index + 1]));
}

function byPosition(a: Positioned, b: Positioned): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
