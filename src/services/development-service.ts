import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { developmentAnswers, members } from '../db/schema.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { recordAudit } from './audit.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { loadRound, ownOnly, requirePhase } from './round-access.js';

export interface DevelopmentArea {
  area: string;
  suggestion: string;
}

export interface DevelopmentAnswerView {
  memberId: string;
  areas: DevelopmentArea[];
  updatedAt: string;
}

/** The stored JSON of a development answer; tolerant of rows written by hand. */
export function parseAreas(json: string): DevelopmentArea[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { area, suggestion } = entry as Record<string, unknown>;
    return typeof area === 'string' && typeof suggestion === 'string' ? [{ area, suggestion }] : [];
  });
}

/** Item 10, the development question: each panelist's own answer of up to three areas. */
export function createDevelopmentService(db: Db) {
  /** Item 10: the caller's own answer, replaced as a whole. */
  function put(principal: Principal, roundId: string, areas: DevelopmentArea[]): DevelopmentAnswerView {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'rating.write');
      requirePhase(round, ['rating'], 'Answering the development question');
      guardFreeTexts({ areas }, ['areas']);
      const now = new Date().toISOString();
      const stored = JSON.stringify(areas.map(({ area, suggestion }) => ({ area, suggestion })));
      tx.insert(developmentAnswers)
        .values({ roundId, memberId: principal.id, areas: stored, updatedAt: now })
        .onConflictDoUpdate({
          target: [developmentAnswers.roundId, developmentAnswers.memberId],
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

  function list(principal: Principal, roundId: string): DevelopmentAnswerView[] {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.read');
      const own = ownOnly(principal, round);
      const conditions: SQL[] = [eq(developmentAnswers.roundId, roundId)];
      if (own !== null) conditions.push(eq(developmentAnswers.memberId, own));
      return tx
        .select({
          memberId: developmentAnswers.memberId,
          areas: developmentAnswers.areas,
          updatedAt: developmentAnswers.updatedAt,
        })
        .from(developmentAnswers)
        .innerJoin(members, eq(members.id, developmentAnswers.memberId))
        .where(and(...conditions))
        .orderBy(asc(members.createdAt), asc(members.id))
        .all()
        .map((row) => ({ memberId: row.memberId, areas: parseAreas(row.areas), updatedAt: row.updatedAt }));
    });
  }

  return { put, list };
}

export type DevelopmentService = ReturnType<typeof createDevelopmentService>;
