import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { cases, formItems, formThemes } from '../db/schema.js';
import { RATING_VALUES } from '../domain/scale.js';
import { aggregateResults, type AggregationInput, type Results } from '../domain/statistics.js';
import { readPanelists } from './rating-counts.js';
import { CASE_ORDER } from './orderings.js';

/** What the aggregation needs besides the ratings: cases, form and panel in their orders. */
export interface RoundShape {
  cases: { id: string; code: string }[];
  items: {
    id: string;
    number: number;
    text: string;
    themeKey: string;
    themeTitle: string;
  }[];
  themes: { key: string; title: string }[];
  panelists: { id: string; name: string }[];
}

export function readShape(tx: DbOrTx, roundId: string): RoundShape {
  const caseRows = tx
    .select({ id: cases.id, code: cases.code })
    .from(cases)
    .where(eq(cases.roundId, roundId))
    .orderBy(...CASE_ORDER)
    .all();
  const themes = tx
    .select({ id: formThemes.id, key: formThemes.key, title: formThemes.title })
    .from(formThemes)
    .where(eq(formThemes.roundId, roundId))
    .orderBy(asc(formThemes.position))
    .all();
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const items = tx
    .select({
      id: formItems.id,
      number: formItems.number,
      text: formItems.text,
      themeId: formItems.themeId,
    })
    .from(formItems)
    .where(eq(formItems.roundId, roundId))
    .orderBy(asc(formItems.number))
    .all()
    .map(({ themeId, ...item }) => ({
      ...item,
      themeKey: themeById.get(themeId)?.key ?? '',
      themeTitle: themeById.get(themeId)?.title ?? '',
    }));
  return {
    cases: caseRows,
    items,
    themes: themes.map(({ key, title }) => ({ key, title })),
    panelists: readPanelists(tx, roundId),
  };
}

export type ShapeRating = AggregationInput['ratings'][number];

/**
 * Maps a string from the database to the shape's own instance of it (ids, rating values).
 * The strings SQLite hands out then die young, which keeps the garbage collector out of
 * the way at 100k ratings, and the tally's map lookups hit strings whose hash is cached.
 */
export function canonicalIn(shape: RoundShape): (text: string) => string {
  const canonical = new Map<string, string>();
  for (const text of [
    ...shape.cases.map((c) => c.id),
    ...shape.items.map((item) => item.id),
    ...shape.panelists.map((member) => member.id),
    ...RATING_VALUES,
  ]) {
    canonical.set(text, text);
  }
  return (text) => canonical.get(text) ?? text;
}

export function aggregateShape(shape: RoundShape, ratingsOfRound: readonly ShapeRating[]): Results {
  return aggregateResults({
    caseIds: shape.cases.map((c) => c.id),
    items: shape.items.map(({ id, number, themeKey }) => ({
      id,
      number,
      themeKey,
    })),
    themeKeys: shape.themes.map((theme) => theme.key),
    raterIds: shape.panelists.map((member) => member.id),
    ratings: ratingsOfRound,
  });
}
