import type { Db, DbOrTx } from '../db/connection.js';
import { compareItem, type ItemComparison, type Verdict } from '../domain/comparison.js';
import type { Principal } from '../domain/principal.js';
import type { Results } from '../domain/statistics.js';
import { conflict } from './errors.js';
import { readForm } from './form-service.js';
import { computeResults } from './results-service.js';
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

/** One case score per case: the case's cell median for the item; cases with n = 0 are left out. */
function caseScores(results: Results, itemId: string): number[] {
  return results.cells.flatMap((cell) => (cell.itemId === itemId && cell.median !== null ? [cell.median] : []));
}

/**
 * The genaudit `roundId` compared item by item with its baseline: every item of its form that
 * was copied from an item still in the baseline's form, in form order. Items added to the
 * genaudit have no baseline and are not listed. No access check: the caller has done it.
 */
export function computeComparison(tx: DbOrTx, roundId: string, baselineRoundId: string): Comparison {
  const baseline = computeResults(tx, baselineRoundId);
  const followUp = computeResults(tx, roundId);
  const baselineItems = new Set(baseline.items.map((item) => item.itemId));
  const items = readForm(tx, roundId).themes.flatMap((theme) =>
    theme.items.flatMap(({ id, number, text, baselineItemId }) =>
      baselineItemId !== null && baselineItems.has(baselineItemId)
        ? [
            {
              itemId: id,
              baselineItemId,
              number,
              text,
              ...compareItem(caseScores(baseline, baselineItemId), caseScores(followUp, id)),
            },
          ]
        : [],
    ),
  );
  return { baselineRoundId, items, initiatives: [] };
}

export function createComparisonService(db: Db) {
  function comparison(principal: Principal, roundId: string): Comparison {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'results.read');
      if (round.baselineRoundId === null) {
        throw conflict('The round has no baseline round: only a genaudit has a comparison.');
      }
      return computeComparison(tx, roundId, round.baselineRoundId);
    });
  }

  return { comparison };
}

export type ComparisonService = ReturnType<typeof createComparisonService>;
