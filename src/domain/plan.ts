/**
 * The udviklingsplan's rules as pure functions: step labels, the overdue flag, the
 * coverage of the round's recommendations, and "today" in Danish time.
 */
import { numberAcross, type Positioned } from './numbering.js';

export const STEP_KINDS = ['activity', 'subgoal', 'goal'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The row titles of seed 000's tables: "Aktivitet 1", "Delmål 2", "Implementeringsmål 1". */
export const STEP_KIND_LABELS: Record<StepKind, string> = {
  activity: 'Aktivitet',
  subgoal: 'Delmål',
  goal: 'Implementeringsmål',
};

export const STEP_STATES = ['planned', 'in_progress', 'done', 'postponed'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const STEP_STATE_LABELS: Record<StepState, string> = {
  planned: 'Planlagt',
  in_progress: 'I gang',
  done: 'Gennemført',
  postponed: 'Udskudt',
};

export interface PlannedStep extends Positioned {
  initiativeId: string;
  kind: StepKind;
}

/**
 * "Aktivitet 3": each kind is numbered 1..N across the whole plan, initiatives in plan
 * order and steps by position within each, as seed 000 numbers its rows.
 */
export function labelSteps(initiatives: readonly Positioned[], steps: readonly PlannedStep[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const kind of STEP_KINDS) {
    const numbers = numberAcross(
      initiatives,
      steps.filter((step) => step.kind === kind),
      (step) => step.initiativeId,
    );
    for (const [id, number] of numbers) labels.set(id, `${STEP_KIND_LABELS[kind]} ${number}`);
  }
  return labels;
}

/** A step is overdue when its due date is before today and it is not done; `today` is YYYY-MM-DD. */
export function isOverdue(step: { due: string; state: StepState }, today: string): boolean {
  return step.state !== 'done' && step.due < today;
}

// en-CA formats dates as YYYY-MM-DD; made once, as a formatter costs about a millisecond to build.
const COPENHAGEN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/Copenhagen at `now`, as YYYY-MM-DD. */
export function copenhagenDate(now: Date): string {
  return COPENHAGEN_DATE.format(now);
}

export interface Coverage {
  chosen: number[];
  notChosen: number[];
}

/**
 * Which of the round's recommendation numbers some initiative has chosen, and which none
 * has; both ascending. `recommendations` maps each recommendation id to its number.
 */
export function coverage(recommendations: ReadonlyMap<string, number>, chosenIds: Iterable<string>): Coverage {
  const chosen = new Set(chosenIds);
  const result: Coverage = { chosen: [], notChosen: [] };
  for (const [id, number] of recommendations) (chosen.has(id) ? result.chosen : result.notChosen).push(number);
  result.chosen.sort((a, b) => a - b);
  result.notChosen.sort((a, b) => a - b);
  return result;
}

/** `start` may be absent; when given it must not be after `due` (both YYYY-MM-DD). */
export function startAfterDue(start: string | null, due: string): boolean {
  return start !== null && start > due;
}

/** Seed 000's date style: "1.1.2018", and "2.1.2018–1.2.2018" for a period. */
export function formatPlanDate(start: string | null, due: string): string {
  const short = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day}.${month}.${year}`;
  };
  return start === null || start === due ? short(due) : `${short(start)}–${short(due)}`;
}
