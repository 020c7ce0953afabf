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
  return numberAcross(focusPoints, recommendations, (rec) => rec.focusPointId);
}

/**
 * Numbers children 1..N across their parents: parents in position order, children by
 * position within each parent. Children of an unknown parent get no number.
 */
export function numberAcross<C extends Positioned>(
  parents: readonly Positioned[],
  children: readonly C[],
  parentOf: (child: C) => string,
): Map<string, number> {
  const order = new Map([...parents].sort(byPosition).map((parent, index) => [parent.id, index]));
  const rank = (child: C) => order.get(parentOf(child)) ?? 0;
  const numbered = children
    .filter((child) => order.has(parentOf(child)))
    .sort((a, b) => rank(a) - rank(b) || byPosition(a, b));
  return new Map(numbered.map((child, index) => [child.id, index + 1]));
}

function byPosition(a: Positioned, b: Positioned): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
