import { asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { cases, developmentAnswers, formItems, formThemes, members, ratings } from '../db/schema.js';
import { groupDevelopmentAreas, meetingOrderCells, meetingOrderItems, raterLabel } from '../domain/discussion.js';
import { RATING_VALUES, scaleStep, type RatingValue } from '../domain/scale.js';
import {
  aggregateResults,
  type AggregationInput,
  type CellResult,
  type ItemResult,
  type Results,
} from '../domain/statistics.js';
import type { Principal } from '../domain/principal.js';
import { loadRound } from './round-access.js';
import { readPanelists } from './rating-counts.js';
import { parseAreas } from './rating-service.js';

/** What the aggregation needs besides the ratings: cases, form and panel in their orders. */
interface RoundShape {
  cases: { id: string; code: string }[];
  items: { id: string; number: number; text: string; themeKey: string; themeTitle: string }[];
  themes: { key: string; title: string }[];
  panelists: { id: string; name: string }[];
}

function readShape(tx: DbOrTx, roundId: string): RoundShape {
  const caseRows = tx
    .select({ id: cases.id, code: cases.code })
    .from(cases)
    .where(eq(cases.roundId, roundId))
    .orderBy(asc(cases.createdAt), asc(cases.code))
    .all();
  const themes = tx
    .select({ id: formThemes.id, key: formThemes.key, title: formThemes.title })
    .from(formThemes)
    .where(eq(formThemes.roundId, roundId))
    .orderBy(asc(formThemes.position))
    .all();
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const items = tx
    .select({ id: formItems.id, number: formItems.number, text: formItems.text, themeId: formItems.themeId })
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

type Rating = AggregationInput['ratings'][number];

/**
 * Maps a string from the database to the shape's own instance of it (ids, rating values).
 * The strings SQLite hands out then die young, which keeps the garbage collector out of
 * the way at 100k ratings, and the tally's map lookups hit strings whose hash is cached.
 */
function canonicalIn(shape: RoundShape): (text: string) => string {
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

function aggregate(shape: RoundShape, ratingsOfRound: readonly Rating[]): Results {
  return aggregateResults({
    caseIds: shape.cases.map((c) => c.id),
    items: shape.items.map(({ id, number, themeKey }) => ({ id, number, themeKey })),
    themeKeys: shape.themes.map((theme) => theme.key),
    raterIds: shape.panelists.map((member) => member.id),
    ratings: ratingsOfRound,
  });
}

/** Separates member id and value inside a cell's packed list (ids are UUIDs, values enum keys). */
const UNIT_SEPARATOR = '\u001f';

/**
 * The results of a round (API.md "Results — the definitions"): cases in case order, items
 * in form order, themes in form order, raters = the round's panelists. Reads the ratings
 * in ONE query; the figures come from the pure `aggregateResults`. No access check: the
 * caller has done it.
 *
 * The query packs each cell's ratings into one row (`member id, value` pairs): at 100k
 * ratings, 100k row arrays of four fresh strings each cost more (mostly in garbage
 * collection) than all the statistics together. Nothing is counted in SQL.
 */
export function computeResults(tx: DbOrTx, roundId: string): Results {
  const shape = readShape(tx, roundId);
  const same = canonicalIn(shape);
  const cells = tx.values<[caseId: string, itemId: string, packed: string]>(sql`
    SELECT ${ratings.caseId}, ${ratings.itemId},
           group_concat(${ratings.memberId} || ${UNIT_SEPARATOR} || ${ratings.value}, ${UNIT_SEPARATOR})
    FROM ${ratings}
    WHERE ${ratings.roundId} = ${roundId}
    GROUP BY ${ratings.caseId}, ${ratings.itemId}`);
  const all: Rating[] = [];
  for (const [caseIdRaw, itemIdRaw, packed] of cells) {
    const caseId = same(caseIdRaw);
    const itemId = same(itemIdRaw);
    const parts = packed.split(UNIT_SEPARATOR);
    for (let k = 0; k + 1 < parts.length; k += 2) {
      all.push({
        caseId,
        itemId,
        raterId: same(parts[k] as string),
        value: same(parts[k + 1] as string) as RatingValue,
      });
    }
  }
  return aggregate(shape, all);
}

export interface DiscussionJustification {
  rater: string;
  value: RatingValue;
  valueLabel: string;
  justification: string;
}

export interface DiscussionCell extends Omit<CellResult, 'itemId'> {
  caseCode: string;
  justifications: DiscussionJustification[];
}

export interface DiscussionItem extends ItemResult {
  text: string;
  themeKey: string;
  themeTitle: string;
  cells: DiscussionCell[];
}

export interface DiscussionView {
  completeness: Results['completeness'];
  items: DiscussionItem[];
  development: {
    question: string;
    respondents: number;
    areas: { area: string; suggestions: string[] }[];
  };
}

const SCALE_ORDER: Record<RatingValue, number> = { high: 0, some: 1, low: 2, none: 3, na: 4 };

export function createResultsService(db: Db) {
  function results(principal: Principal, roundId: string): Results {
    return db.transaction((tx) => {
      loadRound(tx, principal, roundId, 'results.read');
      return computeResults(tx, roundId);
    });
  }

  /**
   * The auditmøde's material: items and cells in meeting order, each cell with the
   * justifications (anonymous rater labels, never names) and item 10 grouped by area.
   */
  function discussion(principal: Principal, roundId: string): DiscussionView {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'discussion.read');
      const shape = readShape(tx, roundId);
      const rows = tx
        .select({
          caseId: ratings.caseId,
          itemId: ratings.itemId,
          memberId: ratings.memberId,
          value: ratings.value,
          justification: ratings.justification,
        })
        .from(ratings)
        .where(eq(ratings.roundId, roundId))
        .all();
      const same = canonicalIn(shape);
      const computed = aggregate(
        shape,
        rows.map((row) => ({
          caseId: same(row.caseId),
          itemId: same(row.itemId),
          raterId: same(row.memberId),
          value: same(row.value) as RatingValue,
        })),
      );

      // "Paneldeltager N" by the order panelists joined: stable, and carries no name.
      const position = new Map(shape.panelists.map((member, i) => [member.id, i + 1]));
      const labelOf = (memberId: string) => position.get(memberId) ?? shape.panelists.length + 1;
      const byCell = new Map<string, (DiscussionJustification & { position: number })[]>();
      for (const row of rows) {
        const value = row.value as RatingValue;
        const key = `${row.caseId}\u0000${row.itemId}`;
        const list = byCell.get(key) ?? [];
        const at = labelOf(row.memberId);
        list.push({
          rater: raterLabel(at),
          value,
          valueLabel: scaleStep(value).label,
          justification: row.justification,
          position: at,
        });
        byCell.set(key, list);
      }
      const justificationsOf = (caseId: string, itemId: string): DiscussionJustification[] =>
        (byCell.get(`${caseId}\u0000${itemId}`) ?? [])
          .sort((a, b) => SCALE_ORDER[a.value] - SCALE_ORDER[b.value] || a.position - b.position)
          .map(({ rater, value, valueLabel, justification }) => ({ rater, value, valueLabel, justification }));

      const caseCode = new Map(shape.cases.map((c) => [c.id, c.code]));
      const width = shape.items.length;
      const items = computed.items.map((item, i): DiscussionItem => {
        const meta = shape.items[i];
        const cells = shape.cases.flatMap((_, c) => computed.cells[c * width + i] ?? []);
        return {
          ...item,
          text: meta?.text ?? '',
          themeKey: meta?.themeKey ?? '',
          themeTitle: meta?.themeTitle ?? '',
          cells: meetingOrderCells(cells).map(({ itemId, ...cell }) => ({
            ...cell,
            caseCode: caseCode.get(cell.caseId) ?? '',
            justifications: justificationsOf(cell.caseId, itemId),
          })),
        };
      });

      const answers = tx
        .select({ areas: developmentAnswers.areas })
        .from(developmentAnswers)
        .innerJoin(members, eq(members.id, developmentAnswers.memberId))
        .where(eq(developmentAnswers.roundId, roundId))
        .orderBy(asc(members.createdAt), asc(members.id))
        .all()
        .map((row) => parseAreas(row.areas));
      return {
        completeness: computed.completeness,
        items: meetingOrderItems(items),
        development: {
          question: round.developmentQuestion,
          respondents: answers.length,
          areas: groupDevelopmentAreas(answers),
        },
      };
    });
  }

  return { results, discussion };
}

export type ResultsService = ReturnType<typeof createResultsService>;
