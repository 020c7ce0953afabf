/** Data access for the udviklingsplan: the whole plan read at once, with labels and flags. */
import { asc, eq } from 'drizzle-orm';
import type { Initiative, Plan, Step } from '../contract/plan.js';
import type { DbOrTx } from '../db/connection.js';
import {
  focusPoints,
  planInitiativeRecommendations,
  planInitiatives,
  planSteps,
  plans,
  recommendations,
} from '../db/schema.js';
import { IMPLEMENTATION_PHASE_GUIDES } from '../domain/implementation-phases.js';
import { numberRecommendations } from '../domain/numbering.js';
import { STEP_STATE_LABELS, copenhagenDate, coverage, isOverdue, labelSteps } from '../domain/plan.js';
import type { Principal } from '../domain/principal.js';
import { AppError, notFound } from './errors.js';
import { entityTag } from './etag.js';
import { orderedList } from './ordered-list.js';
import { loadRound, type RoundRow } from './round-access.js';

/** Initiatives are ordered within their plan (one per round), steps within their initiative. */
export const initiativeList = orderedList(planInitiatives, planInitiatives.roundId, planInitiatives.position);
export const stepList = orderedList(planSteps, planSteps.initiativeId, planSteps.position);

/** The round for a plan request: 404 / 403 as everywhere, then 409 before `reported`. */
export function loadPlanRound(tx: DbOrTx, principal: Principal, roundId: string, write: boolean): RoundRow {
  const round = loadRound(tx, principal, roundId, write ? 'plan.write' : 'round.read');
  if (round.phase !== 'reported') {
    throw new AppError(
      409,
      'plan-before-reported',
      'Udviklingsplanen er ikke startet',
      `Udviklingsplanen begynder, når afrapporteringen er udgivet; auditforløbet er i fasen ${round.phase}.`,
    );
  }
  return round;
}

/**
 * For a request on one initiative or step: the round's checks (404, 403, 409) come first,
 * as for every other resource, then the entity's own 404.
 */
export function loadPlanEntity<T>(tx: DbOrTx, principal: Principal, roundId: string, write: boolean, find: () => T): T {
  loadPlanRound(tx, principal, roundId, write);
  return find();
}

/** The plan row, created on first use; answers the plan's last change. */
export function ensurePlan(tx: DbOrTx, roundId: string): string {
  const read = () => tx.select({ updatedAt: plans.updatedAt }).from(plans).where(eq(plans.roundId, roundId)).get();
  const found = read();
  if (found) return found.updatedAt;
  tx.insert(plans).values({ roundId, updatedAt: new Date().toISOString() }).onConflictDoNothing().run();
  return read()?.updatedAt ?? '';
}

export function touchPlan(tx: DbOrTx, roundId: string): void {
  ensurePlan(tx, roundId);
  tx.update(plans).set({ updatedAt: new Date().toISOString() }).where(eq(plans.roundId, roundId)).run();
}

/** Every recommendation of the round with its number (1..N across focus points) and text. */
export function roundRecommendations(tx: DbOrTx, roundId: string): Map<string, { number: number; text: string }> {
  const points = tx
    .select({ id: focusPoints.id, position: focusPoints.position })
    .from(focusPoints)
    .where(eq(focusPoints.roundId, roundId))
    .all();
  const recs = tx
    .select({
      id: recommendations.id,
      focusPointId: recommendations.focusPointId,
      position: recommendations.position,
      text: recommendations.text,
    })
    .from(recommendations)
    .where(eq(recommendations.roundId, roundId))
    .all();
  const numbers = numberRecommendations(points, recs);
  return new Map(
    recs
      .map((rec) => [rec.id, { number: numbers.get(rec.id) ?? 0, text: rec.text }] as const)
      .sort((a, b) => a[1].number - b[1].number),
  );
}

/** The whole plan: initiatives in order with their recommendations and labelled steps. */
export function readPlan(tx: DbOrTx, roundId: string, now: Date): Plan {
  const updatedAt = ensurePlan(tx, roundId);
  const initiatives = tx
    .select()
    .from(planInitiatives)
    .where(eq(planInitiatives.roundId, roundId))
    .orderBy(asc(planInitiatives.position))
    .all();
  const steps = tx
    .select()
    .from(planSteps)
    .where(eq(planSteps.roundId, roundId))
    .orderBy(asc(planSteps.initiativeId), asc(planSteps.position))
    .all();
  const links = tx
    .select()
    .from(planInitiativeRecommendations)
    .innerJoin(planInitiatives, eq(planInitiatives.id, planInitiativeRecommendations.initiativeId))
    .where(eq(planInitiatives.roundId, roundId))
    .all()
    .map((row) => row.plan_initiative_recommendations);
  const recs = roundRecommendations(tx, roundId);
  const labels = labelSteps(initiatives, steps);
  const today = copenhagenDate(now);
  const stepsOf = (initiativeId: string): Step[] =>
    steps
      .filter((step) => step.initiativeId === initiativeId)
      .map((step) => ({
        id: step.id,
        initiativeId: step.initiativeId,
        position: step.position,
        kind: step.kind,
        label: labels.get(step.id) ?? '',
        text: step.text,
        start: step.start,
        due: step.due,
        responsible: step.responsible,
        statusText: step.statusText,
        state: step.state,
        stateLabel: STEP_STATE_LABELS[step.state],
        overdue: isOverdue(step, today),
        etag: entityTag(step.id, step.version),
        updatedAt: step.updatedAt,
      }));
  const chosenOf = (initiativeId: string) =>
    links
      .filter((link) => link.initiativeId === initiativeId)
      .flatMap((link) => {
        const rec = recs.get(link.recommendationId);
        return rec ? [{ id: link.recommendationId, number: rec.number, text: rec.text }] : [];
      })
      .sort((a, b) => a.number - b.number);
  return {
    roundId,
    initiatives: initiatives.map((row, index) => ({
      id: row.id,
      number: index + 1,
      title: row.title,
      status: row.status,
      note: row.note,
      phase: row.phase,
      phaseLabel: IMPLEMENTATION_PHASE_GUIDES[row.phase].label,
      checklist: [...IMPLEMENTATION_PHASE_GUIDES[row.phase].checklist],
      recommendations: chosenOf(row.id),
      guidance: parseGuidance(row.guidance),
      steps: stepsOf(row.id),
      etag: entityTag(row.id, row.version),
      updatedAt: row.updatedAt,
    })),
    coverage: coverage(
      new Map([...recs].map(([id, rec]) => [id, rec.number])),
      links.map((link) => link.recommendationId),
    ),
    updatedAt,
  };
}

function parseGuidance(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
}

export function findInitiative(plan: Plan, id: string): Initiative {
  const found = plan.initiatives.find((initiative) => initiative.id === id);
  if (!found) throw notFound('initiative');
  return found;
}

export function findStep(plan: Plan, id: string): Step {
  for (const initiative of plan.initiatives) {
    const found = initiative.steps.find((step) => step.id === id);
    if (found) return found;
  }
  throw notFound('step');
}
