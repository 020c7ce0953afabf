import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { improvementAnswers, members } from '../db/schema.js';
import type { DevelopmentAnswer, DevelopmentArea } from '../contract/development.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { recordAudit } from './audit.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { loadRound, loadRoundForWrite, ownOnly } from './round-access.js';
import { PANEL_ORDER } from './orderings.js';

/** An answer as the API answers it (the REST contract keeps the name `development`). */
export type ImprovementAnswerView = DevelopmentAnswer;
export type ImprovementArea = DevelopmentArea;

/** The stored JSON of an improvement answer; tolerant of rows written by hand. */
export function parseAreas(json: string): ImprovementArea[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { area, suggestion } = entry as Record<string, unknown>;
    return typeof area === 'string' && typeof suggestion === 'string' ? [{ area, suggestion }] : [];
  });
}

/**
 * Item 10, the development question ("udviklingsspørgsmålet"): each panelist's own answer of up
 * to three areas for improvement. In code these are "improvement answers", so that
 * "development" is free for the udviklingsplan; the REST path (/development), the JSON fields
 * and the stored audit actions (development.saved) keep their names.
 */
export function createImprovementAnswerService(db: Db) {
  /** Item 10: the caller's own answer, replaced as a whole. */
  function put(principal: Principal, roundId: string, areas: ImprovementArea[]): ImprovementAnswerView {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'improvementAnswers');
      guardFreeTexts({ areas }, ['areas']);
      const now = new Date().toISOString();
      const stored = JSON.stringify(areas.map(({ area, suggestion }) => ({ area, suggestion })));
      tx.insert(improvementAnswers)
        .values({ roundId, memberId: principal.id, areas: stored, updatedAt: now })
        .onConflictDoUpdate({
          target: [improvementAnswers.roundId, improvementAnswers.memberId],
          set: { areas: stored, updatedAt: now },
        })
        .run();
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'development.saved',
        targetType: 'development_answer',
        targetId: principal.id,
        details: { areas: areas.length },
      });
      return { memberId: principal.id, areas: parseAreas(stored), updatedAt: now };
    });
  }

  function list(principal: Principal, roundId: string): ImprovementAnswerView[] {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.read');
      const own = ownOnly(principal, round);
      const conditions: SQL[] = [eq(improvementAnswers.roundId, roundId)];
      if (own !== null) conditions.push(eq(improvementAnswers.memberId, own));
      return tx
        .select({
          memberId: improvementAnswers.memberId,
          areas: improvementAnswers.areas,
          updatedAt: improvementAnswers.updatedAt,
        })
        .from(improvementAnswers)
        .innerJoin(members, eq(members.id, improvementAnswers.memberId))
        .where(and(...conditions))
        .orderBy(...PANEL_ORDER)
        .all()
        .map((row) => ({ memberId: row.memberId, areas: parseAreas(row.areas), updatedAt: row.updatedAt }));
    });
  }

  return { put, list };
}

export type ImprovementAnswerService = ReturnType<typeof createImprovementAnswerService>;
