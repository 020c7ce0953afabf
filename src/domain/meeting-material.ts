/**
 * The auditmøde's agenda: what to talk about first, and item 10 grouped by area. Pure.
 */
import type { RatingValue } from './scale.js';

/** Ascending, `null` after every number. */
function compareNullableAsc(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/**
 * Cells in meeting order: cells with disagreement first, then the lowest positive share
 * (cells without values last); ties keep their given (case) order.
 */
export function meetingOrderCells<T extends { disagreement: boolean; positiveShare: number | null }>(
  cells: readonly T[],
): T[] {
  return cells
    .map((cell, index) => ({ cell, index }))
    .sort(
      (a, b) =>
        Number(b.cell.disagreement) - Number(a.cell.disagreement) ||
        compareNullableAsc(a.cell.positiveShare, b.cell.positiveShare) ||
        a.index - b.index,
    )
    .map(({ cell }) => cell);
}

/**
 * Items in meeting order: most cells with disagreement first, then the lowest positive
 * share (items without values last); ties keep their given (form) order.
 */
export function meetingOrderItems<T extends { disagreementCases: number; positiveShare: number | null }>(
  items: readonly T[],
): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        b.item.disagreementCases - a.item.disagreementCases ||
        compareNullableAsc(a.item.positiveShare, b.item.positiveShare) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/** The grouping key of an area: trimmed, inner whitespace collapsed, case-insensitive. */
export function areaKey(area: string): string {
  return area.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da-DK');
}

/**
 * Development answers grouped by area without names: each group is named by the first
 * spelling seen (trimmed) and lists its suggestions in answer order; groups with more
 * suggestions come first, ties in order of first mention.
 */
export function groupImprovementAreas(
  answers: readonly (readonly { area: string; suggestion: string }[])[],
): { area: string; suggestions: string[] }[] {
  const groups = new Map<string, { area: string; suggestions: string[]; first: number }>();
  for (const entry of answers.flat()) {
    const key = areaKey(entry.area);
    if (key === '') continue;
    const group = groupsGet(groups, key, entry.area.trim().replace(/\s+/g, ' '));
    const suggestion = entry.suggestion.trim();
    if (suggestion !== '') group.suggestions.push(suggestion);
  }
  return [...groups.values()]
    .sort((a, b) => b.suggestions.length - a.suggestions.length || a.first - b.first)
    .map(({ area, suggestions }) => ({ area, suggestions }));
}

function groupsGet(
  groups: Map<string, { area: string; suggestions: string[]; first: number }>,
  key: string,
  area: string,
) {
  let group = groups.get(key);
  if (!group) {
    group = { area, suggestions: [], first: groups.size };
    groups.set(key, group);
  }
  return group;
}

/** The anonymous label of the n-th panelist (1-based), as the drøftelse may quote it. */
export function raterLabel(position: number): string {
  return `Paneldeltager ${position}`;
}

const SCALE_ORDER: Record<RatingValue, number> = { high: 0, some: 1, low: 2, none: 3, na: 4 };

/** A cell's justifications as the svarskala lists them (I høj grad … Stillingtagen ikke mulig), then by panelist. */
export function orderJustifications<T extends { value: RatingValue; position: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => SCALE_ORDER[a.value] - SCALE_ORDER[b.value] || a.position - b.position);
}
