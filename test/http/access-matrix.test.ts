import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, addMember, caseInput, createRound, createTestApp, roundInput, type TestApp } from '../helpers/app.js';

/** Every endpoint of the round setup × every kind of token, with the exact status. */
type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
const WHO: Who[] = ['admin', 'leader', 'referent', 'panelist', 'otherRound', 'none'];

let t: TestApp;
let roundId: string;
let caseId: string;
const tokens = {} as Record<Who, string | null>;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 1000 });
  roundId = (await createRound(t)).id;
  caseId = (await addCase(t, roundId, 'Sag 1')).id;
  const other = await createRound(t, { title: 'En anden runde' });
  tokens.admin = 'test-admin-token-0123456789';
  tokens.leader = (await addMember(t, roundId, 'leader')).token;
  tokens.referent = (await addMember(t, roundId, 'referent')).token;
  tokens.panelist = (await addMember(t, roundId, 'panelist')).token;
  tokens.otherRound = (await addMember(t, other.id, 'leader')).token;
  tokens.none = null;
});
afterAll(() => t.close());

const form = () => ({
  themes: [{ key: 'eneste', title: 'Eneste tema', items: [{ text: `Vurder ${counter}?` }] }],
  developmentQuestion: 'Nævn tre områder.',
});

interface Row {
  name: string;
  call: (who: Who) => Promise<{ status: number }>;
  expect: Record<Who, number>;
}

const r = () => `/api/v1/rounds/${roundId}`;
const as = (who: Who) => t.as(tokens[who]);
const manage = (ok: number) => ({ admin: ok, leader: ok, referent: 403, panelist: 403, otherRound: 404, none: 401 });
const read = { admin: 200, leader: 200, referent: 200, panelist: 200, otherRound: 404, none: 401 };

const rows: Row[] = [
  {
    name: 'POST /rounds',
    call: (who) => as(who).post('/api/v1/rounds', roundInput()),
    expect: { admin: 201, leader: 403, referent: 403, panelist: 403, otherRound: 403, none: 401 },
  },
  {
    name: 'GET /rounds',
    call: (who) => as(who).get('/api/v1/rounds'),
    expect: { ...read, otherRound: 200 },
  },
  { name: 'GET /rounds/{id}', call: (who) => as(who).get(r()), expect: read },
  { name: 'PATCH /rounds/{id}', call: (who) => as(who).patch(r(), { purpose: 'Nyt formål.' }), expect: manage(200) },
  {
    name: 'POST transitions (to a phase that is not next)',
    call: (who) => as(who).post(`${r()}/transitions`, { to: 'reported' }),
    expect: manage(409),
  },
  {
    name: 'POST members',
    call: (who) => as(who).post(`${r()}/members`, { name: 'Ny', affiliation: 'Team', role: 'panelist' }),
    expect: manage(201),
  },
  { name: 'GET members', call: (who) => as(who).get(`${r()}/members`), expect: read },
  {
    name: 'DELETE members/{id}',
    call: async (who) => {
      const { member } = await addMember(t, roundId, 'panelist');
      return as(who).delete(`${r()}/members/${member.id}`);
    },
    expect: manage(204),
  },
  {
    name: 'POST cases',
    call: (who) => as(who).post(`${r()}/cases`, caseInput(`Sag x${++counter}`)),
    expect: manage(201),
  },
  { name: 'GET cases', call: (who) => as(who).get(`${r()}/cases`), expect: read },
  { name: 'GET cases/{id}', call: (who) => as(who).get(`${r()}/cases/${caseId}`), expect: read },
  {
    name: 'DELETE cases/{id}',
    call: async (who) => {
      const created = await addCase(t, roundId, `Sag d${++counter}`);
      return as(who).delete(`${r()}/cases/${created.id}`);
    },
    expect: manage(204),
  },
  { name: 'GET form', call: (who) => as(who).get(`${r()}/form`), expect: read },
  { name: 'PUT form', call: (who) => as(who).put(`${r()}/form`, form()), expect: manage(200) },
  {
    name: 'GET audit-log',
    call: (who) => as(who).get(`${r()}/audit-log`),
    expect: { admin: 200, leader: 200, referent: 403, panelist: 403, otherRound: 404, none: 401 },
  },
];

describe('access matrix of the round setup', () => {
  for (const row of rows) {
    it(row.name, async () => {
      const actual = {} as Record<Who, number>;
      for (const who of WHO) actual[who] = (await row.call(who)).status;
      expect(actual).toEqual(row.expect);
    });
  }
});
