import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_PHASES, IMPLEMENTATION_PHASE_GUIDES } from '../../src/domain/implementation-phases.js';
import {
  copenhagenDate,
  coverage,
  formatPlanDate,
  isOverdue,
  labelSteps,
  startAfterDue,
  type PlannedStep,
} from '../../src/domain/plan.js';

describe('labelSteps', () => {
  it('numbers each kind 1..N across the plan, initiatives in plan order, steps by position', () => {
    // Stored out of order on purpose: B is initiative 1, A initiative 2.
    const initiatives = [
      { id: 'A', position: 2 },
      { id: 'B', position: 1 },
    ];
    const step = (id: string, initiativeId: string, position: number, kind: PlannedStep['kind']): PlannedStep => ({
      id,
      initiativeId,
      position,
      kind,
    });
    const steps = [
      step('a1', 'A', 1, 'activity'),
      step('a2', 'A', 2, 'subgoal'),
      step('a3', 'A', 3, 'activity'),
      step('b3', 'B', 3, 'goal'),
      step('b1', 'B', 1, 'activity'),
      step('b2', 'B', 2, 'subgoal'),
      step('b4', 'B', 4, 'activity'),
      step('orphan', 'gone', 1, 'activity'),
    ];
    expect(Object.fromEntries(labelSteps(initiatives, steps))).toEqual({
      b1: 'Aktivitet 1',
      b2: 'Delmål 1',
      b3: 'Implementeringsmål 1',
      b4: 'Aktivitet 2',
      a1: 'Aktivitet 3',
      a2: 'Delmål 2',
      a3: 'Aktivitet 4',
    });
  });

  it('gives an empty plan no labels', () => {
    expect(labelSteps([], []).size).toBe(0);
  });
});

describe('isOverdue and copenhagenDate', () => {
  it('is overdue only when due is before today and the step is not done', () => {
    const today = '2026-03-10';
    expect(isOverdue({ due: '2026-03-09', state: 'planned' }, today)).toBe(true);
    expect(isOverdue({ due: '2026-03-09', state: 'in_progress' }, today)).toBe(true);
    expect(isOverdue({ due: '2026-03-09', state: 'postponed' }, today)).toBe(true);
    expect(isOverdue({ due: '2026-03-09', state: 'done' }, today)).toBe(false);
    expect(isOverdue({ due: '2026-03-10', state: 'planned' }, today)).toBe(false);
    expect(isOverdue({ due: '2026-03-11', state: 'planned' }, today)).toBe(false);
  });

  it('takes today in Danish time: after 23:00 UTC in winter, after 22:00 UTC in summer, it is tomorrow', () => {
    expect(copenhagenDate(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(copenhagenDate(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(copenhagenDate(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(copenhagenDate(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(copenhagenDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('coverage', () => {
  it('lists chosen and not chosen recommendation numbers, ascending', () => {
    const numbers = new Map([
      ['r5', 5],
      ['r1', 1],
      ['r2', 2],
      ['r3', 3],
      ['r4', 4],
    ]);
    expect(coverage(numbers, ['r4', 'r2', 'r4', 'unknown'])).toEqual({ chosen: [2, 4], notChosen: [1, 3, 5] });
    expect(coverage(numbers, [])).toEqual({ chosen: [], notChosen: [1, 2, 3, 4, 5] });
    expect(coverage(new Map(), ['r1'])).toEqual({ chosen: [], notChosen: [] });
  });
});

describe('dates', () => {
  it('refuses a start after due only', () => {
    expect(startAfterDue('2026-02-02', '2026-02-01')).toBe(true);
    expect(startAfterDue('2026-02-01', '2026-02-01')).toBe(false);
    expect(startAfterDue(null, '2026-02-01')).toBe(false);
  });

  it('prints dates as seed 000 does', () => {
    expect(formatPlanDate(null, '2018-01-01')).toBe('1.1.2018');
    expect(formatPlanDate('2018-01-02', '2018-02-01')).toBe('2.1.2018–1.2.2018');
    expect(formatPlanDate('2018-03-20', '2018-03-20')).toBe('20.3.2018');
  });
});

describe('implementation phases', () => {
  it('has the four phases in order, each with a Danish label and questions', () => {
    expect(IMPLEMENTATION_PHASES.map((phase) => IMPLEMENTATION_PHASE_GUIDES[phase].label)).toEqual([
      'Beslutte',
      'Planlægge',
      'Gennemføre',
      'Forankre',
    ]);
    expect(IMPLEMENTATION_PHASES.map((phase) => IMPLEMENTATION_PHASE_GUIDES[phase].checklist.length)).toEqual([
      4, 6, 5, 5,
    ]);
    for (const phase of IMPLEMENTATION_PHASES) {
      for (const question of IMPLEMENTATION_PHASE_GUIDES[phase].checklist) expect(question).toMatch(/\?$/);
    }
  });
});
