import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  addMember,
  caseInput,
  createRound,
  createTestApp,
  roundInput,
  type TestApp,
} from '../helpers/app.js';
import {
  PHASE_NAMES,
  buildPhaseRounds,
  withRollback,
  type PhaseName,
  type PhaseRound,
} from '../helpers/phase-rounds.js';

/**
 * Every endpoint × every caller × every phase, with the exact status. The expectations are
 * written out from the role table and phase rules of docs/contract.md, not computed from src/domain/access.ts:
 *   - form and cases change only in scoping, panel, calibration;
 *   - ratings and the development answer only in rating, and only a panelist writes them;
 *   - focus points and recommendations are written only in discussion and follow_up;
 *   - everything mutating is 409 in reported; members cannot be removed from rating on, panelists
 *     not added from discussion on; a member's link can be reissued until reported;
 *   - panelists see results and the discussion only from discussion on;
 *   - report, CSV and suggestions are for staff; the audit log for leader and admin.
 * A token without the right gets 403 before any phase check (409); another round's member
 * gets 404; no token 401. Before discussion no focus point or recommendation can exist, so
 * reading one by id is 404. The udviklingsplan exists from reported on (before: 409), admin and
 * leader write it, every member reads it; before reported every plan request is 409, one by
 * id too (the phase's 409 comes before the resource's 404).
 *
 * Every request runs inside a transaction that is rolled back, so each sees the freshly built
 * round of its phase and a successful mutation does not disturb the next call.
 */

const CALLERS = ['admin', 'leader', 'referent', 'panelist', 'otherRound', 'none'] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = readonly [number, number, number, number, number, number, number];

interface Request {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: object;
  headers?: Record<string, string>;
}

interface Row extends Record<Caller, Statuses> {
  /** `METHOD path` exactly as in openapi/openapi.json. */
  op: string;
  request: (round: PhaseRound) => Request;
}

const NEXT: Record<PhaseName, PhaseName> = {
  scoping: 'panel',
  panel: 'calibration',
  calibration: 'rating',
  rating: 'discussion',
  discussion: 'follow_up',
  follow_up: 'reported',
  reported: 'reported', // nothing follows: asking for reported again is refused
};

/** A phase that is not the next one: two steps ahead, or back to the start. */
const NOT_NEXT: Record<PhaseName, PhaseName> = {
  scoping: 'calibration',
  panel: 'rating',
  calibration: 'discussion',
  rating: 'follow_up',
  discussion: 'reported',
  follow_up: 'scoping',
  reported: 'scoping',
};

const base = (r: PhaseRound) => `/api/v1/rounds/${r.roundId}`;
const fp = (r: PhaseRound) => r.focusPoints[0] ?? { id: 'no-focus-point-yet', etag: '"none"' };
const rec = (r: PhaseRound) => r.recommendations[0] ?? { id: 'no-recommendation-yet', etag: '"none"' };
const get = (url: string): Request => ({ method: 'GET', url });

/** An initiative with one step in the reported round's plan, made in beforeAll; none elsewhere. */
let planFixture: { roundId: string; initiativeId: string; initiativeEtag: string; stepId: string; stepEtag: string };
const plan = (r: PhaseRound) =>
  r.roundId === planFixture.roundId
    ? planFixture
    : { initiativeId: 'no-initiative-yet', initiativeEtag: '"none"', stepId: 'no-step-yet', stepEtag: '"none"' };
const NEW_STEP = {
  kind: 'activity',
  text: 'Workshop om skabelonen',
  due: '2027-01-15',
  responsible: 'Alle medarbejdere',
};

// Rows that are the same for every endpoint of a round (literal, just named once).
const NOT_VISIBLE = [404, 404, 404, 404, 404, 404, 404] as const; // another round's member
const NO_TOKEN = [401, 401, 401, 401, 401, 401, 401] as const;

// prettier-ignore
const ROWS: Row[] = [
  {
    op: 'GET /health', request: () => get('/health'),
    //           scoping panel calib rating discus follow reported
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: [200, 200, 200, 200, 200, 200, 200],
    none:       [200, 200, 200, 200, 200, 200, 200],
  },
  {
    op: 'POST /api/v1/rounds', request: () => ({ method: 'POST', url: '/api/v1/rounds', body: roundInput() }),
    admin:      [201, 201, 201, 201, 201, 201, 201],
    leader:     [403, 403, 403, 403, 403, 403, 403],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: [403, 403, 403, 403, 403, 403, 403],
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds', request: () => get('/api/v1/rounds'),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: [200, 200, 200, 200, 200, 200, 200],
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/me', request: () => get('/api/v1/me'),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: [200, 200, 200, 200, 200, 200, 200],
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}', request: (r) => get(base(r)),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PATCH /api/v1/rounds/{roundId}',
    request: (r) => ({ method: 'PATCH', url: base(r), body: { purpose: 'Et nyt formål.' } }),
    admin:      [200, 200, 200, 200, 200, 200, 409],
    leader:     [200, 200, 200, 200, 200, 200, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/transitions',
    request: (r) => ({ method: 'POST', url: `${base(r)}/transitions`, body: { to: NEXT[r.phase], force: true } }),
    admin:      [200, 200, 200, 200, 200, 200, 409],
    leader:     [200, 200, 200, 200, 200, 200, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/transitions',
    request: (r) => ({ method: 'POST', url: `${base(r)}/transitions`, body: { to: NOT_NEXT[r.phase], force: true } }),
    admin:      [409, 409, 409, 409, 409, 409, 409],
    leader:     [409, 409, 409, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/members',
    request: (r) => ({
      method: 'POST', url: `${base(r)}/members`, body: { name: 'Ny deltager', affiliation: 'Myndighed', role: 'panelist' },
    }),
    // A panelist may still join during rating (and rates blind like the rest), not after.
    admin:      [201, 201, 201, 201, 409, 409, 409],
    leader:     [201, 201, 201, 201, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/members/{memberId}/token',
    request: (r) => ({ method: 'POST', url: `${base(r)}/members/${r.removablePanelistId}/token` }),
    admin:      [201, 201, 201, 201, 201, 201, 409],
    leader:     [201, 201, 201, 201, 201, 201, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/members', request: (r) => get(`${base(r)}/members`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/members/{memberId}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/members/${r.removablePanelistId}` }),
    admin:      [204, 204, 204, 409, 409, 409, 409],
    leader:     [204, 204, 204, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/cases',
    request: (r) => ({ method: 'POST', url: `${base(r)}/cases`, body: caseInput('Sag ny') }),
    admin:      [201, 201, 201, 409, 409, 409, 409],
    leader:     [201, 201, 201, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/cases/anonymise',
    request: (r) => ({ method: 'POST', url: `${base(r)}/cases/anonymise`, body: caseInput('Sag ny') }),
    admin:      [200, 200, 200, 409, 409, 409, 409],
    leader:     [200, 200, 200, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/cases', request: (r) => get(`${base(r)}/cases`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/cases/{caseId}', request: (r) => get(`${base(r)}/cases/${r.caseIds[0]}`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/cases/{caseId}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/cases/${r.caseIds[0]}` }),
    admin:      [204, 204, 204, 409, 409, 409, 409],
    leader:     [204, 204, 204, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/form', request: (r) => get(`${base(r)}/form`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PUT /api/v1/rounds/{roundId}/form',
    request: (r) => ({
      method: 'PUT',
      url: `${base(r)}/form`,
      body: {
        themes: [{ key: 'eneste', title: 'Eneste tema', items: [{ id: r.itemIds[0], text: 'Vurder?' }, { text: 'Nyt spørgsmål?' }] }],
        developmentQuestion: 'Nævn tre områder.',
      },
    }),
    admin:      [200, 200, 200, 409, 409, 409, 409],
    leader:     [200, 200, 200, 409, 409, 409, 409],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PUT /api/v1/rounds/{roundId}/cases/{caseId}/ratings/{itemId}',
    request: (r) => ({
      method: 'PUT',
      url: `${base(r)}/cases/${r.caseIds[0]}/ratings/${r.itemIds[0]}`,
      body: { value: 'low', justification: 'Målene er ikke beskrevet.' },
    }),
    admin:      [403, 403, 403, 403, 403, 403, 403],
    leader:     [403, 403, 403, 403, 403, 403, 403],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [409, 409, 409, 200, 409, 409, 409],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/ratings', request: (r) => get(`${base(r)}/ratings`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PUT /api/v1/rounds/{roundId}/cases/{caseId}/drafts/{itemId}',
    request: (r) => ({
      method: 'PUT', url: `${base(r)}/cases/${r.caseIds[0]}/drafts/${r.itemIds[0]}`, body: { value: 'low' },
    }),
    admin:      [403, 403, 403, 403, 403, 403, 403],
    leader:     [403, 403, 403, 403, 403, 403, 403],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [409, 409, 409, 200, 409, 409, 409],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    // Idempotent: no draft exists in the built rounds, and deleting none is still 204.
    op: 'DELETE /api/v1/rounds/{roundId}/cases/{caseId}/drafts/{itemId}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/cases/${r.caseIds[0]}/drafts/${r.itemIds[0]}` }),
    admin:      [403, 403, 403, 403, 403, 403, 403],
    leader:     [403, 403, 403, 403, 403, 403, 403],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [409, 409, 409, 204, 409, 409, 409],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/drafts', request: (r) => get(`${base(r)}/drafts`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PUT /api/v1/rounds/{roundId}/development',
    request: (r) => ({
      method: 'PUT', url: `${base(r)}/development`, body: { areas: [{ area: 'Indsatsmål', suggestion: 'Skriv delmål.' }] },
    }),
    admin:      [403, 403, 403, 403, 403, 403, 403],
    leader:     [403, 403, 403, 403, 403, 403, 403],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [409, 409, 409, 200, 409, 409, 409],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/development', request: (r) => get(`${base(r)}/development`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/progress', request: (r) => get(`${base(r)}/progress`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/ratings.csv', request: (r) => get(`${base(r)}/ratings.csv`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/results', request: (r) => get(`${base(r)}/results`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    // These rounds have no baseline, so staff get 409 (not a genaudit) and a panelist's 403 comes
    // first until discussion; test/http/comparison.test.ts walks a genaudit through every phase for the 200s.
    op: 'GET /api/v1/rounds/{roundId}/comparison', request: (r) => get(`${base(r)}/comparison`),
    admin:      [409, 409, 409, 409, 409, 409, 409],
    leader:     [409, 409, 409, 409, 409, 409, 409],
    referent:   [409, 409, 409, 409, 409, 409, 409],
    panelist:   [403, 403, 403, 403, 409, 409, 409],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/discussion', request: (r) => get(`${base(r)}/discussion`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/focus-points',
    request: (r) => ({
      method: 'POST',
      url: `${base(r)}/focus-points`,
      body: { title: 'Opfølgning', discussion: 'Panelet drøftede opfølgningen.', itemIds: r.itemIds.slice(0, 1) },
    }),
    admin:      [409, 409, 409, 409, 201, 201, 409],
    leader:     [409, 409, 409, 409, 201, 201, 409],
    referent:   [409, 409, 409, 409, 201, 201, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/focus-points', request: (r) => get(`${base(r)}/focus-points`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [200, 200, 200, 200, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/focus-points/suggestions', request: (r) => get(`${base(r)}/focus-points/suggestions`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/focus-points/{id}', request: (r) => get(`${base(r)}/focus-points/${fp(r).id}`),
    admin:      [404, 404, 404, 404, 200, 200, 200],
    leader:     [404, 404, 404, 404, 200, 200, 200],
    referent:   [404, 404, 404, 404, 200, 200, 200],
    panelist:   [404, 404, 404, 404, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PATCH /api/v1/rounds/{roundId}/focus-points/{id}',
    request: (r) => ({
      method: 'PATCH', url: `${base(r)}/focus-points/${fp(r).id}`, headers: { 'if-match': fp(r).etag }, body: { title: 'Ny titel' },
    }),
    admin:      [409, 409, 409, 409, 200, 200, 409],
    leader:     [409, 409, 409, 409, 200, 200, 409],
    referent:   [409, 409, 409, 409, 200, 200, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/focus-points/{id}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/focus-points/${fp(r).id}`, headers: { 'if-match': fp(r).etag } }),
    admin:      [409, 409, 409, 409, 204, 204, 409],
    leader:     [409, 409, 409, 409, 204, 204, 409],
    referent:   [409, 409, 409, 409, 204, 204, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/focus-points/{focusPointId}/recommendations',
    request: (r) => ({
      method: 'POST', url: `${base(r)}/focus-points/${fp(r).id}/recommendations`, body: { text: 'Det anbefales, at man følger op.' },
    }),
    admin:      [409, 409, 409, 409, 201, 201, 409],
    leader:     [409, 409, 409, 409, 201, 201, 409],
    referent:   [409, 409, 409, 409, 201, 201, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/recommendations/{id}', request: (r) => get(`${base(r)}/recommendations/${rec(r).id}`),
    admin:      [404, 404, 404, 404, 200, 200, 200],
    leader:     [404, 404, 404, 404, 200, 200, 200],
    referent:   [404, 404, 404, 404, 200, 200, 200],
    panelist:   [404, 404, 404, 404, 200, 200, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PATCH /api/v1/rounds/{roundId}/recommendations/{id}',
    request: (r) => ({
      method: 'PATCH', url: `${base(r)}/recommendations/${rec(r).id}`, headers: { 'if-match': rec(r).etag },
      body: { text: 'Det anbefales, at man følger op hvert kvartal.' },
    }),
    admin:      [409, 409, 409, 409, 200, 200, 409],
    leader:     [409, 409, 409, 409, 200, 200, 409],
    referent:   [409, 409, 409, 409, 200, 200, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/recommendations/{id}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/recommendations/${rec(r).id}`, headers: { 'if-match': rec(r).etag } }),
    admin:      [409, 409, 409, 409, 204, 204, 409],
    leader:     [409, 409, 409, 409, 204, 204, 409],
    referent:   [409, 409, 409, 409, 204, 204, 409],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/report', request: (r) => get(`${base(r)}/report`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/report.pdf', request: (r) => get(`${base(r)}/report.pdf`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [200, 200, 200, 200, 200, 200, 200],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/audit-log', request: (r) => get(`${base(r)}/audit-log`),
    admin:      [200, 200, 200, 200, 200, 200, 200],
    leader:     [200, 200, 200, 200, 200, 200, 200],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan', request: (r) => get(`${base(r)}/plan`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/plan/initiatives',
    request: (r) => ({ method: 'POST', url: `${base(r)}/plan/initiatives`, body: { title: 'Indhold, form og ejerskab' } }),
    admin:      [409, 409, 409, 409, 409, 409, 201],
    leader:     [409, 409, 409, 409, 409, 409, 201],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}',
    request: (r) => get(`${base(r)}/plan/initiatives/${plan(r).initiativeId}`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PATCH /api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}',
    request: (r) => ({
      method: 'PATCH', url: `${base(r)}/plan/initiatives/${plan(r).initiativeId}`,
      headers: { 'if-match': plan(r).initiativeEtag }, body: { phase: 'execute' },
    }),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}',
    request: (r) => ({
      method: 'DELETE', url: `${base(r)}/plan/initiatives/${plan(r).initiativeId}`, headers: { 'if-match': plan(r).initiativeEtag },
    }),
    admin:      [409, 409, 409, 409, 409, 409, 204],
    leader:     [409, 409, 409, 409, 409, 409, 204],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'POST /api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}/steps',
    request: (r) => ({ method: 'POST', url: `${base(r)}/plan/initiatives/${plan(r).initiativeId}/steps`, body: NEW_STEP }),
    admin:      [409, 409, 409, 409, 409, 409, 201],
    leader:     [409, 409, 409, 409, 409, 409, 201],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan/steps/{stepId}', request: (r) => get(`${base(r)}/plan/steps/${plan(r).stepId}`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'PATCH /api/v1/rounds/{roundId}/plan/steps/{stepId}',
    request: (r) => ({
      method: 'PATCH', url: `${base(r)}/plan/steps/${plan(r).stepId}`, headers: { 'if-match': plan(r).stepEtag },
      body: { state: 'done', statusText: 'Afholdt' },
    }),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'DELETE /api/v1/rounds/{roundId}/plan/steps/{stepId}',
    request: (r) => ({ method: 'DELETE', url: `${base(r)}/plan/steps/${plan(r).stepId}`, headers: { 'if-match': plan(r).stepEtag } }),
    admin:      [409, 409, 409, 409, 409, 409, 204],
    leader:     [409, 409, 409, 409, 409, 409, 204],
    referent:   [403, 403, 403, 403, 403, 403, 403],
    panelist:   [403, 403, 403, 403, 403, 403, 403],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan/steps/{stepId}/history',
    request: (r) => get(`${base(r)}/plan/steps/${plan(r).stepId}/history`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan.pdf', request: (r) => get(`${base(r)}/plan.pdf`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
  {
    op: 'GET /api/v1/rounds/{roundId}/plan.csv', request: (r) => get(`${base(r)}/plan.csv`),
    admin:      [409, 409, 409, 409, 409, 409, 200],
    leader:     [409, 409, 409, 409, 409, 409, 200],
    referent:   [409, 409, 409, 409, 409, 409, 200],
    panelist:   [409, 409, 409, 409, 409, 409, 200],
    otherRound: NOT_VISIBLE,
    none:       NO_TOKEN,
  },
];

/** Every operation the committed OpenAPI document lists, as `METHOD path`. */
function documentedOperations(): string[] {
  const doc = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const methods = ['get', 'post', 'put', 'patch', 'delete'];
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((method) => methods.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

let t: TestApp;
let rounds: Partial<Record<PhaseName, PhaseRound>>;
let outsiderToken: string;

beforeAll(async () => {
  // Many requests carry no token on purpose; keep the failed-authentication limiter out of the way.
  t = await createTestApp({ authFailureLimit: 1_000_000 });
  rounds = await buildPhaseRounds(t);
  const outsiderRound = await createRound(t, { title: 'En anden kommunes runde' });
  outsiderToken = (await addMember(t, outsiderRound.id, 'leader', 'Fremmed mødeleder')).token;
  const reported = rounds.reported as PhaseRound;
  const planBase = `/api/v1/rounds/${reported.roundId}/plan`;
  const initiative = (await t.admin.post(`${planBase}/initiatives`, { title: 'Indsatsområde' }).expect(201)).body;
  const step = (await t.admin.post(`${planBase}/initiatives/${initiative.id}/steps`, NEW_STEP).expect(201)).body;
  planFixture = {
    roundId: reported.roundId,
    initiativeId: initiative.id,
    initiativeEtag: initiative.etag,
    stepId: step.id,
    stepEtag: step.etag,
  };
}, 60_000);
afterAll(() => t.close());

function tokenOf(caller: Caller, round: PhaseRound): string | null {
  if (caller === 'admin') return ADMIN_TOKEN;
  if (caller === 'otherRound') return outsiderToken;
  if (caller === 'none') return null;
  return round.tokens[caller];
}

describe('permissions × phases', () => {
  it('lists every documented operation in the table', () => {
    const covered = new Set(ROWS.map((row) => row.op));
    expect(documentedOperations().filter((op) => !covered.has(op))).toEqual([]);
  });

  it('answers every endpoint × caller × phase with the exact status', async () => {
    const mismatches: string[] = [];
    let combinations = 0;
    for (const [p, phase] of PHASE_NAMES.entries()) {
      const round = rounds[phase];
      if (!round) throw new Error(`no round in ${phase}`);
      for (const row of ROWS) {
        for (const caller of CALLERS) {
          const token = tokenOf(caller, round);
          const { method, url, body, headers = {} } = row.request(round);
          const res = await withRollback(t.db.$client, () =>
            t.app.inject({
              method,
              url,
              headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
              ...(body ? { payload: body } : {}),
            }),
          );
          combinations += 1;
          const expected = row[caller][p];
          if (res.statusCode !== expected) {
            mismatches.push(
              `${row.op} as ${caller} in ${phase}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          }
        }
      }
    }
    console.log(
      `permissions × phases: ${ROWS.length} endpoints × ${CALLERS.length} callers × ${PHASE_NAMES.length} phases = ${combinations} combinations, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
  }, 60_000);
});
