import { expect } from 'vitest';
import type { BuiltRound } from './rounds.js';

export type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
export const WHO: Who[] = ['admin', 'leader', 'referent', 'panelist', 'otherRound', 'none'];

/** Tokens of each kind for `built`; `panelist` is the first panelist. */
export function tokensFor(
  built: Pick<BuiltRound, 'leader' | 'referent' | 'panelists'>,
  adminToken: string,
  otherToken: string,
): Record<Who, string | null> {
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
