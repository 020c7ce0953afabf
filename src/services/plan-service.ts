import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Initiative, InitiativeInput, InitiativePatch, Plan } from '../contract/plan.js';
import type { Db, DbOrTx } from '../db/connection.js';
import { planInitiativeRecommendations, planInitiatives, planSteps } from '../db/schema.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { recordAudit } from './audit.js';
import { LIMITS } from '../domain/limits.js';
import { limitExceeded, notFound, unprocessable } from './errors.js';
import { checkIfMatch, entityTag } from './etag.js';
import { guardFreeTexts } from './personal-data-guard.js';
import {
  findInitiative,
  initiativeList,
  loadPlanEntity,
  loadPlanRound,
  readPlan,
  roundRecommendations,
  touchPlan,
} from './plan-store.js';

/** The initiative's free texts that reach plan.pdf and plan.csv: scanned for personal data. */
const INITIATIVE_TEXTS = ['title', 'status', 'note', 'guidance'] as const;

/** At most this many indsatsområder per plan (422 above). */
export const MAX_INITIATIVES = LIMITS.initiativesPerPlan;

type InitiativeRow = typeof planInitiatives.$inferSelect;

/** Who reads "today": tests pass a fixed clock so `overdue` is exact. */
export type Clock = () => Date;

export function findInitiativeRow(tx: DbOrTx, roundId: string, id: string): InitiativeRow {
  const row = tx
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.roundId, roundId), eq(planInitiatives.id, id)))
    .get();
  if (!row) throw notFound('initiative');
  return row;
}

/** Replaces an initiative's chosen recommendations; each must be a recommendation of this round (else 422). */
function linkRecommendations(tx: DbOrTx, roundId: string, initiativeId: string, ids: readonly string[]): void {
  const known = roundRecommendations(tx, roundId);
  const unknown = ids.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (unknown.length > 0) {
    throw unprocessable(
      'unknown-recommendation',
      'Hvert recommendationId skal være en anbefaling i dette auditforløb.',
      {
        errors: unknown.map((index) => ({
          path: `body/recommendationIds/${index}`,
          message: 'Ikke en anbefaling i dette auditforløb',
        })),
      },
    );
  }
  tx.delete(planInitiativeRecommendations).where(eq(planInitiativeRecommendations.initiativeId, initiativeId)).run();
  for (const recommendationId of new Set(ids)) {
    tx.insert(planInitiativeRecommendations).values({ initiativeId, recommendationId }).run();
  }
}

export function createPlanService(db: Db, clock: Clock = () => new Date()) {
  /** The plan (created on the first read from `reported` on); every member reads it. */
  function get(principal: Principal, roundId: string): Plan {
    return db.transaction((tx) => {
      loadPlanRound(tx, principal, roundId, false);
      return readPlan(tx, roundId, clock());
    });
  }

  function readInitiative(tx: DbOrTx, roundId: string, id: string): Initiative {
    return findInitiative(readPlan(tx, roundId, clock()), id);
  }

  function create(principal: Principal, roundId: string, input: InitiativeInput): Initiative {
    return db.transaction((tx) => {
      loadPlanRound(tx, principal, roundId, true);
      guardFreeTexts(input, INITIATIVE_TEXTS);
      touchPlan(tx, roundId);
      if (initiativeList.count(tx, roundId) >= MAX_INITIATIVES) {
        throw limitExceeded(`En udviklingsplan kan højst have ${MAX_INITIATIVES} indsatsområder.`);
      }
      const position = initiativeList.insertAt(tx, roundId, input.position);
      const id = randomUUID();
      tx.insert(planInitiatives)
        .values({
          id,
          roundId,
          position,
          title: input.title,
          status: input.status ?? '',
          note: input.note ?? '',
          phase: input.phase ?? 'decide',
          guidance: JSON.stringify(input.guidance ?? []),
          updatedAt: new Date().toISOString(),
        })
        .run();
      linkRecommendations(tx, roundId, id, input.recommendationIds ?? []);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.initiative.created',
        targetType: 'initiative',
        targetId: id,
        details: { position, recommendations: new Set(input.recommendationIds ?? []).size },
      });
      return readInitiative(tx, roundId, id);
    });
  }

  function getOne(principal: Principal, roundId: string, id: string): Initiative {
    return db.transaction((tx) => {
      loadRoundThenRow(tx, principal, roundId, id, false);
      return readInitiative(tx, roundId, id);
    });
  }

  const loadRoundThenRow = (tx: DbOrTx, principal: Principal, roundId: string, id: string, write: boolean) =>
    loadPlanEntity(tx, principal, roundId, write, () => findInitiativeRow(tx, roundId, id));

  function update(
    principal: Principal,
    roundId: string,
    id: string,
    ifMatch: string | undefined,
    patch: InitiativePatch,
  ): Initiative {
    return db.transaction((tx) => {
      const row = loadRoundThenRow(tx, principal, roundId, id, true);
      guardFreeTexts(patch, INITIATIVE_TEXTS);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const position =
        patch.position === undefined
          ? row.position
          : initiativeList.move(tx, { scopeId: roundId, position: row.position }, roundId, patch.position);
      tx.update(planInitiatives)
        .set({
          title: patch.title ?? row.title,
          status: patch.status ?? row.status,
          note: patch.note ?? row.note,
          phase: patch.phase ?? row.phase,
          guidance: patch.guidance === undefined ? row.guidance : JSON.stringify(patch.guidance),
          position,
          version: row.version + 1,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(planInitiatives.id, id))
        .run();
      if (patch.recommendationIds !== undefined) linkRecommendations(tx, roundId, id, patch.recommendationIds);
      touchPlan(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.initiative.updated',
        targetType: 'initiative',
        targetId: id,
        details: { fields: Object.keys(patch).join(','), version: row.version + 1 },
      });
      return readInitiative(tx, roundId, id);
    });
  }

  function remove(principal: Principal, roundId: string, id: string, ifMatch: string | undefined): void {
    db.transaction((tx) => {
      const row = loadRoundThenRow(tx, principal, roundId, id, true);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const steps = tx.select({ n: count() }).from(planSteps).where(eq(planSteps.initiativeId, id)).get()?.n ?? 0;
      // Its steps, their history and its recommendation links go with it (ON DELETE CASCADE).
      tx.delete(planInitiatives).where(eq(planInitiatives.id, id)).run();
      initiativeList.remove(tx, roundId, row.position);
      touchPlan(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.initiative.deleted',
        targetType: 'initiative',
        targetId: id,
        details: { steps },
      });
    });
  }

  return { get, create, getOne, update, remove };
}

export type PlanService = ReturnType<typeof createPlanService>;
