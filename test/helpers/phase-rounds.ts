import { addCase, addMember, createRound, transition, type TestApp } from './app.js';
import {
  FOCUS_POINTS,
  addFocusPoint,
  addRecommendation,
  discussionRound,
  followUpRound,
  reportedRound,
  setupRound,
} from './round-builder.js';

/** The seven phases in order, written out here rather than imported from src. */
export const PHASE_NAMES = [
  'scoping',
  'panel',
  'calibration',
  'rating',
  'discussion',
  'follow_up',
  'reported',
] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

/** A round walked to one phase through the API, with everything a request against it needs. */
export interface PhaseRound {
  phase: PhaseName;
  roundId: string;
  tokens: { leader: string; referent: string; panelist: string };
  /** Every member token of the round (leader, referent, all panelists). */
  memberTokens: string[];
  memberIds: string[];
  /** A panelist other than `tokens.panelist`, for removal attempts. */
  removablePanelistId: string;
  caseIds: string[];
  itemIds: string[];
  focusPoints: { id: string; etag: string }[];
  recommendations: { id: string; etag: string; focusPointId: string }[];
}

interface Built {
  roundId: string;
  leader: string;
  referent: string;
  panelists: string[];
}

/** scoping, panel or calibration: a leader, a referent, three panelists and one case. */
async function earlyRound(t: TestApp, phase: 'scoping' | 'panel' | 'calibration'): Promise<Built> {
  const round = await createRound(t, { title: `Runde i ${phase}` });
  const leader = await addMember(t, round.id, 'leader', 'Mødeleder');
  const referent = await addMember(t, round.id, 'referent', 'Referent');
  const panelists = [];
  for (let i = 1; i <= 3; i++) panelists.push(await addMember(t, round.id, 'panelist', `Paneldeltager ${i}`));
  await addCase(t, round.id, 'Sag 1');
  const steps = { scoping: [], panel: ['panel'], calibration: ['panel', 'calibration'] }[phase];
  for (const to of steps) await transition(t, round.id, to).expect(200);
  return {
    roundId: round.id,
    leader: leader.token,
    referent: referent.token,
    panelists: panelists.map((p) => p.token),
  };
}

async function laterRound(t: TestApp, phase: 'rating' | 'discussion' | 'follow_up' | 'reported'): Promise<Built> {
  let built;
  if (phase === 'rating') built = await setupRound(t);
  else if (phase === 'follow_up') built = await followUpRound(t);
  else if (phase === 'reported') built = await reportedRound(t);
  else {
    built = await discussionRound(t);
    const [first] = FOCUS_POINTS;
    const itemIds = built.items.slice(0, 2).map((item) => item.id);
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: first?.title ?? 'Fokuspunkt',
      discussion: first?.discussion ?? 'Drøftelse.',
      itemIds,
    });
    await addRecommendation(t, built.referent.token, built.round.id, fp.id, { text: 'Det anbefales, at …' });
  }
  return {
    roundId: built.round.id,
    leader: built.leader.token,
    referent: built.referent.token,
    panelists: built.panelists.map((p) => p.token),
  };
}

/** Reads back ids and ETags through the API, so the fixture is what a client would see. */
async function describeRound(t: TestApp, phase: PhaseName, built: Built): Promise<PhaseRound> {
  const base = `/api/v1/rounds/${built.roundId}`;
  const members = (await t.admin.get(`${base}/members`).expect(200)).body.items as { id: string; role: string }[];
  const cases = (await t.admin.get(`${base}/cases`).expect(200)).body.items as { id: string }[];
  const form = (await t.admin.get(`${base}/form`).expect(200)).body as { themes: { items: { id: string }[] }[] };
  const fps = (await t.admin.get(`${base}/focus-points`).expect(200)).body.items as {
    id: string;
    etag: string;
    recommendations: { id: string; etag: string; focusPointId: string }[];
  }[];
  const panelistIds = members.filter((m) => m.role === 'panelist').map((m) => m.id);
  const [panelist = '', ...otherPanelists] = built.panelists;
  return {
    phase,
    roundId: built.roundId,
    tokens: { leader: built.leader, referent: built.referent, panelist },
    memberTokens: [built.leader, built.referent, panelist, ...otherPanelists],
    memberIds: members.map((m) => m.id),
    removablePanelistId: panelistIds.at(-1) ?? '',
    caseIds: cases.map((c) => c.id),
    itemIds: form.themes.flatMap((theme) => theme.items.map((item) => item.id)),
    focusPoints: fps.map(({ id, etag }) => ({ id, etag })),
    recommendations: fps.flatMap((fp) =>
      fp.recommendations.map(({ id, etag, focusPointId }) => ({ id, etag, focusPointId })),
    ),
  };
}

export async function buildPhaseRound(t: TestApp, phase: PhaseName): Promise<PhaseRound> {
  const built =
    phase === 'scoping' || phase === 'panel' || phase === 'calibration'
      ? await earlyRound(t, phase)
      : await laterRound(t, phase);
  return describeRound(t, phase, built);
}

/** One round per phase, built one after another on the same app. */
export async function buildPhaseRounds(
  t: TestApp,
  phases: readonly PhaseName[] = PHASE_NAMES,
): Promise<Partial<Record<PhaseName, PhaseRound>>> {
  const rounds: Partial<Record<PhaseName, PhaseRound>> = {};
  for (const phase of phases) rounds[phase] = await buildPhaseRound(t, phase);
  return rounds;
}

/**
 * Runs `fn` inside a transaction that is rolled back afterwards, so every request starts
 * from the same fixture. The service's own transactions become savepoints inside it
 * (better-sqlite3 nests that way), so its commit/rollback behaviour is unchanged; a
 * refused request that wrote anything would still show up in a digest taken inside.
 */
export async function withRollback<T>(client: { exec: (sql: string) => unknown }, fn: () => Promise<T>): Promise<T> {
  client.exec('BEGIN');
  try {
    return await fn();
  } finally {
    client.exec('ROLLBACK');
  }
}
