import { asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import {
  focusPointItems,
  focusPoints,
  planInitiativeRecommendations,
  planInitiatives,
  ratings,
  recommendations,
  reports,
  rounds,
} from '../db/schema.js';
import type { Comparison, ComparedItem, ReportComparison } from '../contract/comparison.js';
import { compareItem, initiativeVerdicts, type PlanLinks } from '../domain/comparison.js';
import type { Principal } from '../domain/principal.js';
import { medianFromCounts } from '../domain/statistics.js';
import { noBaseline } from './errors.js';
import { readForm } from './form-service.js';
import { loadRound } from './round-access.js';

export type { Comparison, ComparedItem };

/**
 * Item id → one case score per case: the case's cell median for the item (the results' own
 * `medianFromCounts`); cases with n = 0 are left out. SQLite counts each cell's values, so a
 * 60-case round hands over one row per case × item instead of every rating.
 */
export function caseScoresByItem(tx: DbOrTx, roundId: string): Map<string, number[]> {
  const value = ratings.value;
  const cells = tx.values<[itemId: string, high: number, some: number, low: number, none: number]>(sql`
    SELECT ${ratings.itemId}, sum(${value} = 'high'), sum(${value} = 'some'), sum(${value} = 'low'), sum(${value} = 'none')
    FROM ${ratings}
    WHERE ${ratings.roundId} = ${roundId}
    GROUP BY ${ratings.caseId}, ${ratings.itemId}`);
  const scores = new Map<string, number[]>();
  for (const [itemId, high, some, low, none] of cells) {
    // na is no value: it does not enter the median.
    const median = medianFromCounts({ high, some, low, none, na: 0 });
    if (median === null) continue;
    const list = scores.get(itemId);
    if (list) list.push(median);
    else scores.set(itemId, [median]);
  }
  return scores;
}

/**
 * The genaudit `roundId` compared item by item with its baseline: every item of its form that
 * was copied from an item still in the baseline's form, in form order. Items added to the
 * genaudit have no baseline and are not listed. No access check: the caller has done it.
 */
export function computeComparison(tx: DbOrTx, roundId: string, baselineRoundId: string): Comparison {
  const baseline = caseScoresByItem(tx, baselineRoundId);
  const followUp = caseScoresByItem(tx, roundId);
  const baselineItems = new Set(readForm(tx, baselineRoundId).themes.flatMap((t) => t.items.map((item) => item.id)));
  const items: ComparedItem[] = readForm(tx, roundId).themes.flatMap((theme) =>
    theme.items.flatMap(({ id, number, text, baselineItemId }) =>
      baselineItemId !== null && baselineItems.has(baselineItemId)
        ? [
            {
              itemId: id,
              baselineItemId,
              number,
              text,
              ...compareItem(baseline.get(baselineItemId) ?? [], followUp.get(id) ?? []),
            },
          ]
        : [],
    ),
  );
  return { baselineRoundId, items, initiatives: initiativeVerdicts(planLinks(tx, baselineRoundId), items) };
}

/**
 * The round's udviklingsplan as the comparison needs it: initiatives in plan order with their
 * chosen recommendations, each recommendation's focus point, each focus point's items. Reads
 * only (a round without a plan row simply has no initiatives).
 */
export function planLinks(tx: DbOrTx, roundId: string): PlanLinks {
  const initiatives = tx
    .select({ id: planInitiatives.id, title: planInitiatives.title })
    .from(planInitiatives)
    .where(eq(planInitiatives.roundId, roundId))
    .orderBy(asc(planInitiatives.position))
    .all();
  const chosen = tx
    .select({
      initiativeId: planInitiativeRecommendations.initiativeId,
      recommendationId: planInitiativeRecommendations.recommendationId,
    })
    .from(planInitiativeRecommendations)
    .innerJoin(planInitiatives, eq(planInitiatives.id, planInitiativeRecommendations.initiativeId))
    .where(eq(planInitiatives.roundId, roundId))
    .all();
  const recs = tx
    .select({ id: recommendations.id, focusPointId: recommendations.focusPointId })
    .from(recommendations)
    .where(eq(recommendations.roundId, roundId))
    .all();
  const links = tx
    .select({ focusPointId: focusPointItems.focusPointId, itemId: focusPointItems.itemId })
    .from(focusPointItems)
    .innerJoin(focusPoints, eq(focusPoints.id, focusPointItems.focusPointId))
    .where(eq(focusPoints.roundId, roundId))
    .all();
  const itemsOf = new Map<string, string[]>();
  for (const { focusPointId, itemId } of links)
    itemsOf.set(focusPointId, [...(itemsOf.get(focusPointId) ?? []), itemId]);
  return {
    initiatives: initiatives.map(({ id, title }) => ({
      id,
      title,
      recommendationIds: chosen.filter((c) => c.initiativeId === id).map((c) => c.recommendationId),
    })),
    focusPointOf: new Map(recs.map((r) => [r.id, r.focusPointId])),
    itemsOf,
  };
}

/** The afrapportering's comparison part: `{ comparison }` for a genaudit, `{}` for any other round. */
export function reportComparisonPart(tx: DbOrTx, roundId: string): { comparison?: ReportComparison } {
  const round = tx.select({ baselineRoundId: rounds.baselineRoundId }).from(rounds).where(eq(rounds.id, roundId)).get();
  const baselineRoundId = round?.baselineRoundId;
  if (!baselineRoundId) return {};
  const baseline = tx
    .select({ title: rounds.title, updatedAt: rounds.updatedAt })
    .from(rounds)
    .where(eq(rounds.id, baselineRoundId))
    .get();
  const published = tx
    .select({ at: reports.createdAt })
    .from(reports)
    .where(eq(reports.roundId, baselineRoundId))
    .get();
  const { items } = computeComparison(tx, roundId, baselineRoundId);
  const newItemNumbers = readForm(tx, roundId).themes.flatMap((theme) =>
    theme.items.flatMap((item) => (item.baselineItemId === null ? [item.number] : [])),
  );
  return {
    comparison: {
      baselineTitle: baseline?.title ?? '',
      baselineYear: copenhagenYear(published?.at ?? baseline?.updatedAt ?? ''),
      items: items.map(({ itemId: _itemId, baselineItemId: _baselineItemId, ...item }) => item),
      newItemNumbers,
    },
  };
}

function copenhagenYear(iso: string): string {
  if (Number.isNaN(new Date(iso).getTime())) return '';
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date(iso));
}

export function createComparisonService(db: Db) {
  function comparison(principal: Principal, roundId: string): Comparison {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'results.read');
      if (round.baselineRoundId === null) {
        throw noBaseline();
      }
      return computeComparison(tx, roundId, round.baselineRoundId);
    });
  }

  return { comparison };
}

export type ComparisonService = ReturnType<typeof createComparisonService>;
