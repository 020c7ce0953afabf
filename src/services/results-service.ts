import { asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { cases, developmentAnswers, formItems, formThemes, members, ratings } from '../db/schema.js';
import {
  groupDevelopmentAreas,
  meetingOrderCells,
  meetingOrderItems,
  raterLabel,
} from '../domain/discussion.js';
import { scaleStep, type RatingValue } from '../domain/scale.js';
import {
  aggregateResults,
  type CellResult,
  type ItemResult,
  type Results,
} from '../domain/statistics.js';
import type { Principal } from '../http/auth.js';
import { loadRound } from './round-access.js';
import { parseAreas, readPanelists } from './rating-service.js';

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

function aggregate(
  shape: RoundShape,
  rows: readonly { caseId: string; itemId: string; memberId: string; value: string }[],
): Results {
  return aggregateResults({
    caseIds: shape.cases.map((c) => c.id),
    items: shape.items.map(({ id, number, themeKey }) => ({ id, number, themeKey })),
    themeKeys: shape.themes.map((theme) => theme.key),
    raterIds: shape.panelists.map((member) => member.id),
    ratings: rows.map((row) => ({
      caseId: row.caseId,
      itemId: row.itemId,
      raterId: row.memberId,
      value: row.value as RatingValue,
    })),
  });
}

/**
 * The results of a round (API.md "Results — the definitions"): cases in case order, items
 * in form order, themes in form order, raters = the round's panelists. Reads the ratings
 * in ONE query; the figures come from the pure `aggregateResults`. No access check: the
 * caller has done it.
 */
export function computeResults(tx: DbOrTx, roundId: string): Results {
  const shape = readShape(tx, roundId);
  const rows = tx
    .select({ caseId: ratings.caseId, itemId: ratings.itemId, memberId: ratings.memberId, value: ratings.value })
    .from(ratings)
    .where(eq(ratings.roundId, roundId))
    .all();
  return aggregate(shape, rows);
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
      const computed = aggregate(shape, rows);

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
        development: { question: round.developmentQuestion, respondents: answers.length, areas: groupDevelopmentAreas(answers) },
      };
    });
  }

  return { results, discussion };
}

export type ResultsService = ReturnType<typeof createResultsService>;
