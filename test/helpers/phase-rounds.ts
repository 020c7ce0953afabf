import type { TestApp } from './app.js';
import { addFocusPoint, addRecommendation, buildRound, FOCUS_POINTS, PHASE_NAMES, type PhaseName } from './rounds.js';

export { PHASE_NAMES, type PhaseName };

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

/**
 * A round in `phase` from the one factory: before rating with one case, from rating on with
 * two, rated by every panelist; in discussion with one focus point and one recommendation.
 */
async function phaseRound(t: TestApp, phase: PhaseName): Promise<Built> {
  const early = phase === 'scoping' || phase === 'panel' || phase === 'calibration';
  const built = await buildRound(t, { phase, cases: early ? 1 : 2, title: `Runde i ${phase}` });
  if (phase === 'discussion') {
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
  return describeRound(t, phase, await phaseRound(t, phase));
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
