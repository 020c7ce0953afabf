import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { ratings, reports, rounds } from '../db/schema.js';
import { compareItem, type ItemComparison, type Verdict } from '../domain/comparison.js';
import type { Principal } from '../domain/principal.js';
import { medianFromCounts } from '../domain/statistics.js';
import { noBaseline } from './errors.js';
import { readForm } from './form-service.js';
import type { ReportComparison } from '../report/model.js';
import { loadRound } from './round-access.js';

export interface ComparedItem extends ItemComparison {
  itemId: string;
  baselineItemId: string;
  number: number;
  text: string;
}

export interface InitiativeVerdicts {
  initiativeId: string;
  number: number;
  title: string;
  itemNumbers: number[];
  verdicts: Verdict[];
}

export interface Comparison {
  baselineRoundId: string;
  items: ComparedItem[];
  initiatives: InitiativeVerdicts[];
}

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
  const items = readForm(tx, roundId).themes.flatMap((theme) =>
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
  return { baselineRoundId, items, initiatives: [] };
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
