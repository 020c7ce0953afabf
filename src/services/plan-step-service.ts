import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Step, StepHistoryEntry, StepInput, StepPatch } from '../contract/plan.js';
import type { Db, DbOrTx } from '../db/connection.js';
import { planInitiatives, planStepHistory, planSteps } from '../db/schema.js';
import { startAfterDue } from '../domain/plan.js';
import { actorOf, type Principal } from '../domain/principal.js';
import type { Role } from '../domain/roles.js';
import { recordAudit } from './audit.js';
import { LIMITS } from '../domain/limits.js';
import { limitExceeded, notFound, unprocessable } from './errors.js';
import { checkIfMatch, entityTag } from './etag.js';
import { guardFreeTexts } from './personal-data-guard.js';
import { findInitiativeRow, type Clock } from './plan-service.js';
import { findStep, loadPlanEntity, readPlan, stepList, touchPlan } from './plan-store.js';

/** The step's free texts that reach plan.pdf and plan.csv: scanned for personal data. */
const STEP_TEXTS = ['text', 'responsible', 'statusText'] as const;

/** At most this many steps per initiative (422 above). */
export const MAX_STEPS = LIMITS.stepsPerInitiative;

type StepRow = typeof planSteps.$inferSelect;

function findStepRow(tx: DbOrTx, roundId: string, id: string): StepRow {
  const row = tx
    .select()
    .from(planSteps)
    .where(and(eq(planSteps.roundId, roundId), eq(planSteps.id, id)))
    .get();
  if (!row) throw notFound('step');
  return row;
}

function checkDates(start: string | null, due: string): void {
  if (startAfterDue(start, due)) {
    throw unprocessable('start-after-due', 'Et trin kan ikke begynde efter sin dato (start er efter due).', {
      errors: [{ path: 'body/start', message: 'start ligger efter due' }],
    });
  }
}

function checkRoom(tx: DbOrTx, initiativeId: string): void {
  if (stepList.count(tx, initiativeId) >= MAX_STEPS) {
    throw limitExceeded(`Et indsatsområde kan højst have ${MAX_STEPS} trin.`);
  }
}

/** Appends the step's state and status text to its history, with who and when. */
function remember(tx: DbOrTx, principal: Principal, stepId: string, row: Pick<StepRow, 'state' | 'statusText'>) {
  tx.insert(planStepHistory)
    .values({
      stepId,
      at: new Date().toISOString(),
      byId: principal.id,
      byRole: principal.role,
      byName: principal.kind === 'member' ? principal.name : 'Administrator',
      state: row.state,
      statusText: row.statusText,
    })
    .run();
}

export function createPlanStepService(db: Db, clock: Clock = () => new Date()) {
  const readStep = (tx: DbOrTx, roundId: string, id: string) => findStep(readPlan(tx, roundId, clock()), id);
  const loadStep = (tx: DbOrTx, principal: Principal, roundId: string, id: string, write: boolean) =>
    loadPlanEntity(tx, principal, roundId, write, () => findStepRow(tx, roundId, id));

  function create(principal: Principal, roundId: string, initiativeId: string, input: StepInput): Step {
    return db.transaction((tx) => {
      loadPlanEntity(tx, principal, roundId, true, () => findInitiativeRow(tx, roundId, initiativeId));
      guardFreeTexts(input, STEP_TEXTS);
      checkDates(input.start ?? null, input.due);
      checkRoom(tx, initiativeId);
      const position = stepList.insertAt(tx, initiativeId, input.position);
      const id = randomUUID();
      const row = { state: input.state ?? 'planned', statusText: input.statusText ?? '' } as const;
      tx.insert(planSteps)
        .values({
          id,
          roundId,
          initiativeId,
          position,
          kind: input.kind,
          text: input.text,
          start: input.start ?? null,
          due: input.due,
          responsible: input.responsible,
          ...row,
          updatedAt: new Date().toISOString(),
        })
        .run();
      remember(tx, principal, id, row);
      touchPlan(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.step.created',
        targetType: 'step',
        targetId: id,
        details: { initiativeId, kind: input.kind, state: row.state, position },
      });
      return readStep(tx, roundId, id);
    });
  }

  function get(principal: Principal, roundId: string, id: string): Step {
    return db.transaction((tx) => {
      loadStep(tx, principal, roundId, id, false);
      return readStep(tx, roundId, id);
    });
  }

  function update(principal: Principal, roundId: string, id: string, ifMatch: string | undefined, patch: StepPatch) {
    return db.transaction((tx) => {
      const row = loadStep(tx, principal, roundId, id, true);
      guardFreeTexts(patch, STEP_TEXTS);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      const target = patch.initiativeId ?? row.initiativeId;
      const targetExists = tx
        .select({ id: planInitiatives.id })
        .from(planInitiatives)
        .where(and(eq(planInitiatives.roundId, roundId), eq(planInitiatives.id, target)))
        .get();
      if (!targetExists) {
        throw unprocessable('unknown-initiative', 'initiativeId skal være et indsatsområde i denne udviklingsplan.', {
          errors: [{ path: 'body/initiativeId', message: 'Ukendt indsatsområde' }],
        });
      }
      const start = patch.start === undefined ? row.start : patch.start;
      const due = patch.due ?? row.due;
      checkDates(start, due);
      if (target !== row.initiativeId) checkRoom(tx, target);
      const moves = target !== row.initiativeId || patch.position !== undefined;
      const from = { scopeId: row.initiativeId, position: row.position };
      const position = moves ? stepList.move(tx, from, target, patch.position) : row.position;
      const next = { state: patch.state ?? row.state, statusText: patch.statusText ?? row.statusText };
      tx.update(planSteps)
        .set({
          initiativeId: target,
          position,
          kind: patch.kind ?? row.kind,
          text: patch.text ?? row.text,
          start,
          due,
          responsible: patch.responsible ?? row.responsible,
          ...next,
          version: row.version + 1,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(planSteps.id, id))
        .run();
      if (next.state !== row.state || next.statusText !== row.statusText) remember(tx, principal, id, next);
      touchPlan(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.step.updated',
        targetType: 'step',
        targetId: id,
        details: { fields: Object.keys(patch).join(','), state: next.state, version: row.version + 1 },
      });
      return readStep(tx, roundId, id);
    });
  }

  function remove(principal: Principal, roundId: string, id: string, ifMatch: string | undefined): void {
    db.transaction((tx) => {
      const row = loadStep(tx, principal, roundId, id, true);
      checkIfMatch(ifMatch, entityTag(row.id, row.version));
      tx.delete(planSteps).where(eq(planSteps.id, id)).run();
      stepList.remove(tx, row.initiativeId, row.position);
      touchPlan(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'plan.step.deleted',
        targetType: 'step',
        targetId: id,
        details: { initiativeId: row.initiativeId },
      });
    });
  }

  /** Oldest first: the step as created, then every change of its state or status text. */
  function history(principal: Principal, roundId: string, id: string): StepHistoryEntry[] {
    return db.transaction((tx) => {
      loadStep(tx, principal, roundId, id, false);
      return tx
        .select()
        .from(planStepHistory)
        .where(eq(planStepHistory.stepId, id))
        .orderBy(asc(planStepHistory.id))
        .all()
        .map((entry) => ({
          at: entry.at,
          by: { id: entry.byId, role: entry.byRole as Role | 'admin', name: entry.byName },
          state: entry.state,
          statusText: entry.statusText,
        }));
    });
  }

  return { create, get, update, remove, history };
}

export type PlanStepService = ReturnType<typeof createPlanStepService>;
