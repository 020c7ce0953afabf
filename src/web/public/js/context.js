// What the page knows about the signed-in token and its round.

import { initRatings } from './ratings-store.js';

export const ROLE_LABELS = {
  admin: 'auditleder',
  leader: 'mødeleder',
  referent: 'referent',
  panelist: 'paneldeltager',
};

export const PHASES = ['scoping', 'panel', 'calibration', 'rating', 'discussion', 'follow_up', 'reported'];

export function phaseAtLeast(phase, reference) {
  return PHASES.indexOf(phase) >= PHASES.indexOf(reference);
}

/** Who the token is and which rounds it sees. A member token sees exactly its own round. */
export async function loadSession(api) {
  const me = await api.get('/me');
  const { items: rounds } = await api.get('/rounds');
  const role = me.kind === 'admin' ? 'admin' : me.role;
  return { api, me, role, rounds, round: null, form: null, cases: [], development: null };
}

/** Loads one round into the session: the round, its form and cases; a panelist's own answers. */
export async function openRound(session, roundId) {
  const { api } = session;
  const [round, form, cases] = await Promise.all([
    api.get(`/rounds/${roundId}`),
    api.get(`/rounds/${roundId}/form`),
    api.get(`/rounds/${roundId}/cases`),
  ]);
  Object.assign(session, { round, form, cases: cases.items, development: null });
  if (session.role === 'panelist') {
    const [ratings, drafts, development] = await Promise.all([
      api.get(`/rounds/${roundId}/ratings?memberId=${encodeURIComponent(session.me.memberId)}`),
      api.get(`/rounds/${roundId}/drafts`),
      api.get(`/rounds/${roundId}/development`),
    ]);
    initRatings(api, roundId, ratings.items, drafts.items);
    const own = development.items.find((answer) => answer.memberId === session.me.memberId);
    session.development = { saved: own?.areas ?? [], rows: null };
  }
  return session;
}

export const itemsOf = (form) => form.themes.flatMap((theme) => theme.items);
