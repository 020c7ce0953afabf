import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { focusPoints, recommendations, roundPhases, rounds } from '../db/schema.js';
import type { Round, RoundInput, RoundTexts } from '../contract/round.js';
import { DEFAULT_FORM } from '../domain/default-form.js';
import { PHASE_LABELS, type Phase } from '../domain/phases.js';
import { unmetPreconditions, type RoundFacts } from '../domain/transitions.js';
import { actorOf, type Principal } from '../domain/principal.js';
import {
  baselineNotReported,
  changedWhilePublishing,
  onlyAdminCreatesRounds,
  transitionUnmet,
  unknownBaseline,
} from './errors.js';
import { recordAudit } from './audit.js';
import { ratingCounts } from './rating-counts.js';
import { readForm, writeForm, type FormWrite } from './form-service.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { loadRound, loadRoundForWrite, roundChanged, type RoundRow } from './round-access.js';

/** The round's texts that reach the report: scanned for personal data. */
const ROUND_TEXTS = ['title', 'purpose', 'scope', 'background', 'foreword'] as const;

export type { Round, RoundInput, RoundTexts };

export function toRound(row: RoundRow): Round {
  return {
    id: row.id,
    title: row.title,
    organisation: row.organisation,
    purpose: row.purpose,
    scope: row.scope,
    background: row.background,
    foreword: row.foreword,
    phase: row.phase,
    phaseLabel: PHASE_LABELS[row.phase],
    baselineRoundId: row.baselineRoundId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A final PDF and the time printed in it, which its stored row must carry too. */
export interface FinalReport {
  pdf: Buffer;
  generatedAt: string;
}

/** Publishing renders the final PDF outside any transaction; the report module provides it. */
export type FinalReportRenderer = (roundId: string) => Promise<FinalReport>;
export type FinalReportStore = (tx: DbOrTx, roundId: string, report: FinalReport) => void;

export function createRoundService(db: Db, publishing: { render: FinalReportRenderer; store: FinalReportStore }) {
  function create(principal: Principal, { baselineRoundId, ...input }: RoundInput): Round {
    if (principal.kind !== 'admin') throw onlyAdminCreatesRounds();
    const now = new Date().toISOString();
    const id = randomUUID();
    return db.transaction((tx) => {
      const form = baselineRoundId ? baselineFormCopy(tx, baselineRoundId) : DEFAULT_FORM;
      guardFreeTexts(input, ROUND_TEXTS);
      tx.insert(rounds)
        .values({
          id,
          ...input,
          developmentQuestion: form.developmentQuestion,
          baselineRoundId: baselineRoundId ?? null,
          updatedAt: now,
        })
        .run();
      writeForm(tx, id, form);
      tx.insert(roundPhases).values({ roundId: id, phase: 'scoping', reachedAt: now }).run();
      recordAudit(tx, actorOf(principal), {
        roundId: id,
        action: 'round.created',
        targetType: 'round',
        targetId: id,
        details: { phase: 'scoping', ...(baselineRoundId ? { baselineRoundId } : {}) },
        at: now,
      });
      return toRound(loadRound(tx, principal, id, 'round.read'));
    });
  }

  function list(principal: Principal): Round[] {
    const query = db.select().from(rounds);
    const rows =
      principal.kind === 'admin'
        ? query.orderBy(asc(rounds.createdAt)).all()
        : query.where(eq(rounds.id, principal.roundId)).all();
    return rows.map(toRound);
  }

  function get(principal: Principal, roundId: string): Round {
    return toRound(loadRound(db, principal, roundId, 'round.read'));
  }

  function update(principal: Principal, roundId: string, patch: Partial<RoundTexts>): Round {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'round.texts');
      guardFreeTexts(patch, ROUND_TEXTS);
      tx.update(rounds)
        .set({ ...patch, ...roundChanged() })
        .where(eq(rounds.id, roundId))
        .run();
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'round.updated',
        targetType: 'round',
        targetId: roundId,
        details: { fields: Object.keys(patch).join(',') },
      });
      return toRound(loadRound(tx, principal, roundId, 'round.read'));
    });
  }

  /** Checks and moves one phase forward; `transition` wraps it in a transaction. */
  function moveTo(tx: DbOrTx, principal: Principal, roundId: string, to: Phase, force: boolean): Round {
    const round = loadRoundForWrite(tx, principal, roundId, 'round.transition');
    requireTransition(tx, round, to, force);
    const at = new Date().toISOString();
    tx.update(rounds)
      .set({ phase: to, ...roundChanged() })
      .where(and(eq(rounds.id, roundId), eq(rounds.phase, round.phase)))
      .run();
    tx.insert(roundPhases).values({ roundId, phase: to, reachedAt: at }).run();
    recordAudit(tx, actorOf(principal), {
      roundId,
      action: 'round.transitioned',
      targetType: 'round',
      targetId: roundId,
      details: { from: round.phase, to, ...(force ? { forced: true } : {}) },
      at,
    });
    return toRound(loadRound(tx, principal, roundId, 'round.read'));
  }

  async function transition(principal: Principal, roundId: string, to: Phase, force = false) {
    if (to !== 'reported') return db.transaction((tx) => moveTo(tx, principal, roundId, to, force));
    // Check first so a refused request renders nothing; then render outside the transaction.
    const round = loadRoundForWrite(db, principal, roundId, 'round.transition');
    requireTransition(db, round, to, force);
    const report = await publishing.render(roundId);
    return db.transaction((tx) => {
      const current = loadRoundForWrite(tx, principal, roundId, 'round.transition');
      // Somebody changed the round while the PDF rendered: publishing that PDF would be stale.
      if (current.version !== round.version) throw changedWhilePublishing();
      publishing.store(tx, roundId, report);
      return moveTo(tx, principal, roundId, to, force);
    });
  }

  return { create, list, get, update, transition };
}

export type RoundService = ReturnType<typeof createRoundService>;

/** A genaudit's starting form: the reported baseline's form, each item linked to the one it copies. */
function baselineFormCopy(tx: DbOrTx, baselineRoundId: string): FormWrite {
  const baseline = tx.select({ phase: rounds.phase }).from(rounds).where(eq(rounds.id, baselineRoundId)).get();
  if (!baseline) {
    throw unknownBaseline();
  }
  if (baseline.phase !== 'reported') {
    throw baselineNotReported(baseline.phase as Phase);
  }
  const form = readForm(tx, baselineRoundId);
  return {
    themes: form.themes.map(({ key, title, items }) => ({
      key,
      title,
      items: items.map((item) => ({ text: item.text, baselineItemId: item.id })),
    })),
    developmentQuestion: form.developmentQuestion,
  };
}

/** 409 listing every unmet precondition of moving `round` to `to`. */
function requireTransition(tx: DbOrTx, round: RoundRow, to: Phase, force: boolean): void {
  const unmet = unmetPreconditions(roundFacts(tx, round), to, force);
  if (unmet.length > 0) throw transitionUnmet(round.phase, to, unmet);
}

export function roundFacts(tx: DbOrTx, round: RoundRow): RoundFacts {
  const counts = ratingCounts(tx, round.id);
  const withRecommendations =
    tx
      .select({ n: sql<number>`count(distinct ${focusPoints.id})` })
      .from(focusPoints)
      .innerJoin(recommendations, eq(recommendations.focusPointId, focusPoints.id))
      .where(eq(focusPoints.roundId, round.id))
      .get()?.n ?? 0;
  return {
    phase: round.phase,
    panelists: counts.panelists.length,
    cases: counts.cases,
    formItems: counts.items,
    missingRatings: counts.panelists
      .map((m) => ({ memberId: m.id, memberName: m.name, missing: counts.expectedEach - m.received }))
      .filter((m) => m.missing > 0),
    focusPointsWithRecommendations: withRecommendations,
  };
}
