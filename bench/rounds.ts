/**
 * The benchmark's large round, built through the HTTP API of a running server: 16 cases
 * (the demo round's six cases, reused), 20 panelists, a referent and a
 * mødeleder, the default nine-item form, moved to `rating`. The rating load test then fills
 * in its 2,880 ratings; `finishLargeRound` completes what is missing and brings it to
 * `follow_up` with the demo round's focus points and recommendations.
 */
import { createAuditpanelClient } from '../src/client/index.js';
import { loadDemoRound, writeFocusPoints, type DemoRound } from '../src/demo/run-demo.js';
import type { RatingValue } from '../src/domain/scale.js';
import { random, type Api } from './lib.js';

// 16 × 9 items × 20 panelists = 2,880 ratings, within the 3,000 a round may hold (src/domain/limits.ts).
export const LARGE_CASES = 16;
export const LARGE_PANELISTS = 20;

export interface LargeRound {
  roundId: string;
  leader: string;
  referent: string;
  panelists: { id: string; token: string }[];
  caseIds: string[];
  items: { id: string; number: number }[];
}

interface Created {
  id: string;
}

export async function buildLargeRound(
  api: Api,
  adminToken: string,
  demo: DemoRound = loadDemoRound(),
): Promise<LargeRound> {
  const round = await api<Created>(adminToken, 'POST', '/api/v1/rounds', {
    ...demo.round,
    title: 'Handleplaner på tværs af socialområdet – benchmark med 60 sager',
  });
  const base = `/api/v1/rounds/${round.id}`;
  const addMember = (name: string, affiliation: string, role: string) =>
    api<{ member: Created; token: string }>(adminToken, 'POST', `${base}/members`, { name, affiliation, role });
  const leader = (await addMember('Mette Kjærgaard Holm', 'Kvalitet og Udvikling', 'leader')).token;
  const referent = (await addMember('Jonas Bech Lauridsen', 'Kvalitet og Udvikling', 'referent')).token;
  const panelists = [];
  for (let p = 1; p <= LARGE_PANELISTS; p++) {
    const created = await addMember(`Paneldeltager ${p}`, 'Social- og Handicapafdelingen', 'panelist');
    panelists.push({ id: created.member.id, token: created.token });
  }
  const caseIds = [];
  for (let c = 0; c < LARGE_CASES; c++) {
    const template = demo.cases[c % demo.cases.length];
    if (!template) throw new Error('the demo round has no cases');
    caseIds.push(
      (
        await api<Created>(leader, 'POST', `${base}/cases`, {
          ...template,
          code: `Sag ${c + 1}`,
        })
      ).id,
    );
  }
  for (const to of ['panel', 'calibration', 'rating']) await api(leader, 'POST', `${base}/transitions`, { to }, 200);
  const form = await api<{
    themes: { items: { id: string; number: number }[] }[];
  }>(leader, 'GET', `${base}/form`);
  const items = form.themes.flatMap((theme) => theme.items.map(({ id, number }) => ({ id, number })));
  return { roundId: round.id, leader, referent, panelists, caseIds, items };
}

/** How strongly the panel agrees with each item on average (0 none … 3 high), as in the seed report. */
const ITEM_LEVEL = [2.4, 1.8, 1.2, 2.0, 2.2, 0.9, 2.1, 1.5, 1.9];
const VALUES: RatingValue[] = ['none', 'low', 'some', 'high'];

export interface RatingRequest {
  token: string;
  path: string;
  body: string;
}

/**
 * One PUT per panelist × case × item (10,800), with plausible, varied values and
 * justifications, in a fixed shuffled order so consecutive requests hit different panelists
 * and cells.
 */
export function ratingRequests(round: LargeRound): RatingRequest[] {
  const next = random(2026);
  const requests: RatingRequest[] = [];
  round.caseIds.forEach((caseId, c) => {
    const caseShift = next() - 0.5;
    for (const item of round.items) {
      round.panelists.forEach((panelist, p) => {
        const level = (ITEM_LEVEL[item.number - 1] ?? 2) + caseShift + (next() - 0.5) * 1.6;
        const value = next() < 0.04 ? 'na' : (VALUES[Math.max(0, Math.min(3, Math.round(level)))] ?? 'some');
        const justification =
          `Paneldeltager ${p + 1} om punkt ${item.number} i Sag ${c + 1}: vurderet ud fra handleplanens ` +
          'formål, indsatsmål og aftalte opfølgning, sammenholdt med bestillingen til udfører.';
        requests.push({
          token: panelist.token,
          path: `/api/v1/rounds/${round.roundId}/cases/${caseId}/ratings/${item.id}`,
          body: JSON.stringify({ value, justification }),
        });
      });
    }
  });
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [requests[i], requests[j]] = [requests[j] as RatingRequest, requests[i] as RatingRequest];
  }
  return requests;
}

/**
 * Rates whatever the load test left out, answers item 10 for every panelist, moves to
 * discussion, writes the demo's focus points and recommendations and moves to follow_up.
 * Returns how many ratings had to be filled in.
 */
export async function finishLargeRound(
  api: Api,
  baseUrl: string,
  round: LargeRound,
  requests: RatingRequest[],
  demo: DemoRound = loadDemoRound(),
): Promise<number> {
  const base = `/api/v1/rounds/${round.roundId}`;
  const rated = await api<{
    items: { caseId: string; itemId: string; memberId: string }[];
  }>(round.leader, 'GET', `${base}/ratings`);
  const done = new Set(rated.items.map((r) => `${r.caseId}/${r.itemId}/${r.memberId}`));
  const memberOf = new Map(round.panelists.map((p) => [p.token, p.id]));
  let filled = 0;
  for (const request of requests) {
    const [, caseId, itemId] = /cases\/([^/]+)\/ratings\/([^/]+)$/.exec(request.path) ?? [];
    if (done.has(`${caseId}/${itemId}/${memberOf.get(request.token)}`)) continue;
    await api(request.token, 'PUT', request.path, JSON.parse(request.body));
    filled += 1;
  }
  const answers = Object.values(demo.development);
  for (const [p, panelist] of round.panelists.entries()) {
    await api(panelist.token, 'PUT', `${base}/development`, {
      areas: answers[p % answers.length],
    });
  }
  await api(round.leader, 'POST', `${base}/transitions`, { to: 'discussion' }, 200);
  const itemIds = new Map(round.items.map((item) => [item.number, item.id]));
  await writeFocusPoints(createAuditpanelClient(baseUrl, round.referent), demo, round.roundId, itemIds);
  await api(round.leader, 'POST', `${base}/transitions`, { to: 'follow_up' }, 200);
  return filled;
}
