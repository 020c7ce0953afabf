import { readFileSync } from 'node:fs';
import type { AuditpanelClient } from '../client/index.js';
import type { ImplementationPhase } from '../domain/implementation-phases.js';
import { copenhagenDate, type StepKind, type StepState } from '../domain/plan.js';
import { DEMO_PLAN_FILE } from '../paths.js';
import { must } from './must.js';

/**
 * The fictional udviklingsplan in fixtures/demo-plan.json; recommendations by their number.
 * Its dates are written as seen on `asOf`; the demo moves them so that `asOf` is today, and
 * the plan shows the same mix of done, running and overdue steps whenever it runs.
 */
export interface DemoPlan {
  asOf: string;
  initiatives: {
    title: string;
    note?: string;
    status: string;
    phase: ImplementationPhase;
    recommendationNumbers: number[];
    guidance: string[];
    steps: {
      kind: StepKind;
      text: string;
      start?: string;
      due: string;
      responsible: string;
      state: StepState;
      statusText: string;
    }[];
  }[];
}

export function loadDemoPlan(): DemoPlan {
  return JSON.parse(readFileSync(DEMO_PLAN_FILE, 'utf8')) as DemoPlan;
}

/** `date` moved by as many days as lie between `asOf` and `today` (all YYYY-MM-DD). */
export function shiftDate(date: string, asOf: string, today: string): string {
  const day = 86_400_000;
  const offset = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(offset / day) * day).toISOString().slice(0, 10);
}

/** The leader writes the plan of a reported round; answers plan.pdf and plan.csv. */
export async function writeDemoPlan(
  leader: AuditpanelClient,
  roundId: string,
  demo: DemoPlan = loadDemoPlan(),
  today: string = copenhagenDate(new Date()),
) {
  const path = { roundId };
  const move = (date: string) => shiftDate(date, demo.asOf, today);
  const focus = must(
    'Reading the focus points',
    await leader.GET('/api/v1/rounds/{roundId}/focus-points', { params: { path } }),
  );
  const recIds = new Map(focus.items.flatMap((fp) => fp.recommendations).map((rec) => [rec.number, rec.id]));
  for (const initiative of demo.initiatives) {
    const { steps, recommendationNumbers, ...fields } = initiative;
    const created = must(
      `Initiative ${initiative.title}`,
      await leader.POST('/api/v1/rounds/{roundId}/plan/initiatives', {
        params: { path },
        body: { ...fields, recommendationIds: recommendationNumbers.map((n) => recIds.get(n) ?? `unknown-${n}`) },
      }),
    );
    for (const step of steps) {
      must(
        `Step ${step.text}`,
        await leader.POST('/api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}/steps', {
          params: { path: { roundId, initiativeId: created.id } },
          body: { ...step, start: step.start === undefined ? undefined : move(step.start), due: move(step.due) },
        }),
      );
    }
  }
  const pdf = must(
    'Downloading the plan',
    await leader.GET('/api/v1/rounds/{roundId}/plan.pdf', { params: { path }, parseAs: 'arrayBuffer' }),
  ) as ArrayBuffer;
  const csv = must(
    'Downloading the plan as CSV',
    await leader.GET('/api/v1/rounds/{roundId}/plan.csv', { params: { path }, parseAs: 'text' }),
  ) as string;
  return { pdf: Buffer.from(pdf), csv, initiatives: demo.initiatives.length };
}
