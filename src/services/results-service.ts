import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { ratings } from '../db/schema.js';
import type { Principal } from '../domain/principal.js';
import type { RatingValue } from '../domain/scale.js';
import type { Results } from '../domain/statistics.js';
import { readMeetingMaterial, type MeetingMaterialView } from './meeting-material.js';
import { loadRound } from './round-access.js';
import { aggregateShape, canonicalIn, readShape, type ShapeRating } from './round-shape.js';

/** Separates member id and value inside a cell's packed list (ids are UUIDs, values enum keys). */
const UNIT_SEPARATOR = '\u001f';

/**
 * The results of a round (docs/contract.md, "Results: the definitions"): cases in case order, items
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
  const all: ShapeRating[] = [];
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
  return aggregateShape(shape, all);
}

export function createResultsService(db: Db) {
  function results(principal: Principal, roundId: string): Results {
    return db.transaction((tx) => {
      loadRound(tx, principal, roundId, 'results.read');
      return computeResults(tx, roundId);
    });
  }

  function meetingMaterial(principal: Principal, roundId: string): MeetingMaterialView {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'meetingMaterial.read');
      return readMeetingMaterial(tx, roundId, round.developmentQuestion);
    });
  }

  return { results, meetingMaterial };
}

export type ResultsService = ReturnType<typeof createResultsService>;
