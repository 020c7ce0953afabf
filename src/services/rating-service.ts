import { randomUUID } from 'node:crypto';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { cases, improvementAnswers, formItems, members, ratings } from '../db/schema.js';
import { groupCommit } from '../db/group-commit.js';
import { statementsPerConnection } from '../db/statements.js';
import type { Progress, Rating, RatingFilter, RatingInput } from '../contract/rating.js';
import { raterLabel } from '../domain/meeting-material.js';
import { scaleStep } from '../domain/scale.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { ratingCounts, readPanelists } from './rating-counts.js';
import { exportRatingsCsv } from './rating-export.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { authorizeWrite, loadRound, ownOnly, type RoundPhase } from './round-access.js';
import { CASE_ORDER, PANEL_ORDER } from './orderings.js';

/** A rating and the progress as the API answers them. */
export type RatingView = Rating;
export type ProgressView = Progress;
export type { RatingFilter, RatingInput };

type RatingRow = typeof ratings.$inferSelect;

export function toRating(row: RatingRow): RatingView {
  return {
    id: row.id,
    caseId: row.caseId,
    itemId: row.itemId,
    memberId: row.memberId,
    value: row.value,
    valueLabel: scaleStep(row.value).label,
    justification: row.justification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const ratingStatements = statementsPerConnection((client) => ({
  /** The round's phase and whether the case and the item belong to it, in one query. */
  target: client.prepare<
    { roundId: string; caseId: string; itemId: string },
    RoundPhase & { hasCase: 0 | 1; hasItem: 0 | 1 }
  >(`
    SELECT id, phase,
           EXISTS (SELECT 1 FROM cases WHERE id = @caseId AND round_id = @roundId) AS hasCase,
           EXISTS (SELECT 1 FROM form_items WHERE id = @itemId AND round_id = @roundId) AS hasItem
      FROM rounds WHERE id = @roundId`),
  // Upsert on the unique (case, item, member) index: never a second row for the same cell.
  // A replaced row keeps its id, so the returned id tells whether the cell had a rating.
  upsert: client.prepare<RatingRow, Pick<RatingRow, 'id' | 'createdAt' | 'updatedAt'>>(`
    INSERT INTO ratings (id, round_id, case_id, item_id, member_id, value, justification, created_at, updated_at)
    VALUES (@id, @roundId, @caseId, @itemId, @memberId, @value, @justification, @createdAt, @updatedAt)
    ON CONFLICT (case_id, item_id, member_id) DO UPDATE
      SET value = excluded.value, justification = excluded.justification, updated_at = excluded.updated_at
    RETURNING id, created_at AS createdAt, updated_at AS updatedAt`),
  // A full rating supersedes the half-answered draft of the same cell.
  clearDraft: client.prepare<{ caseId: string; itemId: string; memberId: string }>(
    'DELETE FROM rating_drafts WHERE case_id = @caseId AND item_id = @itemId AND member_id = @memberId',
  ),
}));

/** Same checks and order as everywhere: round 404/403, phase 409, then case or item 404. */
export function requireRatingTarget(
  db: Db,
  principal: Principal,
  roundId: string,
  caseId: string,
  itemId: string,
): void {
  const target = authorizeWrite(principal, roundId, 'ratings', () =>
    ratingStatements(db).target.get({ roundId, caseId, itemId }),
  );
  if (!target.hasCase) throw notFound('case');
  if (!target.hasItem) throw notFound('item');
}

/** "Paneldeltager N" by the order panelists joined, as the discussion view labels them. */
function raterLabels(tx: DbOrTx, roundId: string): (memberId: string) => string {
  const position = new Map(readPanelists(tx, roundId).map((member, i) => [member.id, i + 1]));
  return (memberId) => raterLabel(position.get(memberId) ?? position.size + 1);
}

export function createRatingService(db: Db) {
  /** Creates or replaces the caller's own rating of one case on one item, with its audit row. */
  function save(principal: Principal, roundId: string, caseId: string, itemId: string, input: RatingInput): RatingView {
    requireRatingTarget(db, principal, roundId, caseId, itemId);
    guardFreeTexts(input, ['justification']);
    const now = new Date().toISOString();
    const candidate: RatingRow = {
      id: randomUUID(),
      roundId,
      caseId,
      itemId,
      memberId: principal.id,
      value: input.value,
      justification: input.justification,
      createdAt: now,
      updatedAt: now,
    };
    const saved = ratingStatements(db).upsert.get(candidate);
    if (!saved) throw new Error('The rating upsert returned no row');
    ratingStatements(db).clearDraft.run({ caseId, itemId, memberId: principal.id });
    recordAudit(db, actorOf(principal), {
      roundId,
      action: 'rating.saved',
      targetType: 'rating',
      targetId: saved.id,
      // The value but never the justification text.
      details: { caseId, itemId, value: input.value, replaced: saved.id !== candidate.id },
    });
    return toRating({ ...candidate, ...saved });
  }

  /**
   * The hot path (every autosave), on compiled statements (`db` rather than a drizzle
   * transaction handle: the same connection inside the same transaction). Saves that arrive
   * together share one commit (src/db/group-commit.ts); each is still its own savepoint,
   * checked and written alone, and answered only once committed.
   */
  const put = groupCommit(db.$client, save);

  /**
   * The ratings the token may see, in case order, form order, panel order. Panelists see each
   * other's ratings from discussion on, but not who gave them (as HotCRP keeps reviewers
   * anonymous): another panelist's rating carries only the rater label, no member id.
   */
  function list(principal: Principal, roundId: string, filter: RatingFilter = {}): RatingView[] {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.read');
      const own = ownOnly(principal, round);
      const anonymous = principal.role === 'panelist';
      const conditions: SQL[] = [eq(ratings.roundId, roundId)];
      if (own !== null) conditions.push(eq(ratings.memberId, own));
      // Filtering by another panelist's id would tie their ratings to them again.
      if (anonymous && filter.memberId && filter.memberId !== principal.id) return [];
      const label = raterLabels(tx, roundId);
      if (filter.caseId) conditions.push(eq(ratings.caseId, filter.caseId));
      if (filter.itemId) conditions.push(eq(ratings.itemId, filter.itemId));
      if (filter.memberId) conditions.push(eq(ratings.memberId, filter.memberId));
      return tx
        .select({ rating: ratings })
        .from(ratings)
        .innerJoin(cases, eq(cases.id, ratings.caseId))
        .innerJoin(formItems, eq(formItems.id, ratings.itemId))
        .innerJoin(members, eq(members.id, ratings.memberId))
        .where(and(...conditions))
        .orderBy(...CASE_ORDER, asc(formItems.number), ...PANEL_ORDER)
        .all()
        .map(({ rating }) => {
          const view = { ...toRating(rating), rater: label(rating.memberId) };
          return anonymous && rating.memberId !== principal.id ? { ...view, memberId: null } : view;
        });
    });
  }

  /** Ratings received against expected (cases × items) per panelist. Counts only; no values. */
  function progress(principal: Principal, roundId: string): ProgressView {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.read');
      const counts = ratingCounts(tx, roundId);
      const { expectedEach } = counts;
      // Blind rating: until discussion a panelist sees only their own figures, not the others'.
      const own = ownOnly(principal, round);
      const panelists = own === null ? counts.panelists : counts.panelists.filter((p) => p.id === own);
      const answered = new Set(
        tx
          .select({ memberId: improvementAnswers.memberId })
          .from(improvementAnswers)
          .where(eq(improvementAnswers.roundId, roundId))
          .all()
          .map((row) => row.memberId),
      );
      const rows = panelists.map((member) => ({
        memberId: member.id,
        name: member.name,
        expected: expectedEach,
        received: member.received,
        developmentAnswered: answered.has(member.id),
      }));
      return {
        expected: expectedEach * panelists.length,
        received: rows.reduce((sum, row) => sum + row.received, 0),
        members: rows,
      };
    });
  }

  const exportCsv = (principal: Principal, roundId: string) => exportRatingsCsv(db, principal, roundId);

  return { put, list, progress, exportCsv, flush: put.flush };
}

export type RatingService = ReturnType<typeof createRatingService>;
