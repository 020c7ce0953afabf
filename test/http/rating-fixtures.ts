import { expect } from 'vitest';
import type { RatingValue } from '../../src/domain/scale.js';
import { addCase, addMember, createRound, transition, type TestApp } from '../helpers/app.js';

/**
 * Rounds for the rating, results, discussion and CSV tests, built through the API. Every
 * factory returns what it created; nothing relies on fixed ids.
 */

export interface Person {
  id: string;
  name: string;
  token: string;
}

/** A small vurderingsskema: theme "a" with items 1 and 2, theme "b" with item 3. */
export const SMALL_FORM = {
  themes: [
    {
      key: 'a',
      title: 'Formål',
      items: [{ text: 'Er formålet tydeligt?' }, { text: 'Kan målene nås inden for tidsrammen?' }],
    },
    { key: 'b', title: 'Borgerinddragelse', items: [{ text: 'Er borgeren inddraget?' }] },
  ],
  developmentQuestion: 'Nævn de tre områder med størst udviklingspotentiale.',
};

async function person(t: TestApp, roundId: string, role: 'leader' | 'referent' | 'panelist', name: string) {
  const { member, token } = await addMember(t, roundId, role, name);
  return { id: member.id, name: member.name, token } satisfies Person;
}

export interface SmallRoundOptions {
  panelists?: number;
  cases?: number;
  /** Panelist names; default "Rater N" (deliberately unlike the anonymous labels). */
  names?: string[];
  /** Stop in this phase; default rating. */
  phase?: 'calibration' | 'rating';
}

/** A round on SMALL_FORM with a leader, a referent, panelists and cases, moved to `rating`. */
export async function smallRound(t: TestApp, options: SmallRoundOptions = {}) {
  const round = await createRound(t, { title: 'Handleplaner; 2024 "pilot"' });
  const form = await t.admin.put(`/api/v1/rounds/${round.id}/form`, SMALL_FORM).expect(200);
  const items = (form.body as { themes: { items: { id: string; number: number; text: string }[] }[] }).themes.flatMap(
    (theme) => theme.items,
  );
  const leader = await person(t, round.id, 'leader', 'Lone Leder');
  const referent = await person(t, round.id, 'referent', 'Rikke Referent');
  const panelists: Person[] = [];
  for (let i = 0; i < (options.panelists ?? 3); i++) {
    panelists.push(await person(t, round.id, 'panelist', options.names?.[i] ?? `Rater ${String.fromCharCode(65 + i)}`));
  }
  const cases = [];
  for (let i = 1; i <= (options.cases ?? 2); i++) cases.push(await addCase(t, round.id, `Sag ${i}`));
  const phases = options.phase === 'calibration' ? ['panel', 'calibration'] : ['panel', 'calibration', 'rating'];
  for (const to of phases) await transition(t, round.id, to).expect(200);
  return { round, items, leader, referent, panelists, cases };
}

export type SmallRound = Awaited<ReturnType<typeof smallRound>>;

export const ratingUrl = (roundId: string, caseId: string, itemId: string) =>
  `/api/v1/rounds/${roundId}/cases/${caseId}/ratings/${itemId}`;

export async function rate(
  t: TestApp,
  token: string,
  target: { roundId: string; caseId: string; itemId: string },
  value: RatingValue,
  justification = `Begrundelse: ${value}`,
) {
  const res = await t.as(token).put(ratingUrl(target.roundId, target.caseId, target.itemId), { value, justification });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; value: RatingValue; justification: string; updatedAt: string };
}

/**
 * The hand-computed round of the results tests: GRID[case][item] lists the three
 * panelists' values (`null` = not rated at all).
 */
export const GRID: (RatingValue | null)[][][] = [
  [
    ['high', 'high', 'some'],
    ['high', 'low', 'none'],
    ['na', 'some', 'some'],
  ],
  [
    ['some', 'low', 'na'],
    ['none', 'none', 'low'],
    ['high', 'high', 'high'],
  ],
];

/** Rates GRID in `built` (2 cases × 3 items × 3 panelists); the justification names the cell. */
export async function rateGrid(t: TestApp, built: SmallRound, grid = GRID) {
  for (const [c, byItem] of grid.entries()) {
    for (const [i, values] of byItem.entries()) {
      for (const [p, value] of values.entries()) {
        const panelist = built.panelists[p];
        const kase = built.cases[c];
        const item = built.items[i];
        if (!value || !panelist || !kase || !item) continue;
        await rate(
          t,
          panelist.token,
          { roundId: built.round.id, caseId: kase.id, itemId: item.id },
          value,
          `Sag ${c + 1}, punkt ${item.number}, vurdering ${p + 1}: ${value}.`,
        );
      }
    }
  }
}

/** A member token of a different round (sees nothing of `built`). */
export async function otherRoundToken(t: TestApp) {
  const other = await createRound(t, { title: 'En anden runde' });
  return (await addMember(t, other.id, 'leader', 'Fremmed Leder')).token;
}

export type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
export const WHO: Who[] = ['admin', 'leader', 'referent', 'panelist', 'otherRound', 'none'];

/** Tokens of each kind for `built`; `panelist` is the first panelist. */
export function tokensFor(built: SmallRound, adminToken: string, otherToken: string): Record<Who, string | null> {
  return {
    admin: adminToken,
    leader: built.leader.token,
    referent: built.referent.token,
    panelist: built.panelists[0]?.token ?? null,
    otherRound: otherToken,
    none: null,
  };
}

export function expectProblem(res: { status: number; headers: Record<string, string>; body: unknown }, status: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status });
}

/** The field paths of a 400 problem. */
export function errorPaths(res: { body: unknown }): string[] {
  return ((res.body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
}
