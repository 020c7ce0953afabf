import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, addMember, createRound, createTestApp, type TestApp } from '../helpers/app.js';
import { tableDigests } from '../helpers/db-digest.js';
import {
  RAW_BODIES,
  fromSchema,
  mutated,
  mutatingOperations,
  printable,
  type OpenApiDoc,
  type Operation,
  type SchemaContext,
} from '../helpers/openapi-arbitraries.js';
import { buildPhaseRound, withRollback, type PhaseName, type PhaseRound } from '../helpers/phase-rounds.js';

/**
 * Property-based fuzzing of every mutating route in openapi/openapi.json, so a new route is
 * fuzzed without touching this file. A run sends one to three requests, mostly to the route
 * under test and sometimes to another one so the state varies, against fixture rounds in
 * scoping, rating, discussion (with focus points), follow_up and reported.
 *
 * Half the requests are nominal (a fixture round's ids, a token of that round, JSON that the
 * route's schema accepts, the matching If-Match), so happy paths are reached; the other half
 * are chaos: bodies mutated or arbitrary or not JSON at all, huge and odd unicode strings,
 * random path ids and broken escapes, garbage/absent/foreign tokens, random If-Match and
 * content types.
 *
 * Properties, per request: never a 5xx; every 4xx is application/problem+json with type,
 * title, status and detail; a 4xx changes no table at all (audit log and sqlite_sequence
 * included); a 2xx adds to the audit log and leaves positions, item numbers and foreign keys
 * consistent. Every run is rolled back, so each starts from the same fixtures and a failure
 * replays and shrinks deterministically. FUZZ_SEED and FUZZ_RUNS override the fixed seed and
 * the number of runs per route; fast-check prints the seed and path of a failure.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_606);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const FIXTURE_PHASES: PhaseName[] = ['scoping', 'rating', 'discussion', 'follow_up', 'reported'];

const spec = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as OpenApiDoc;
const OPERATIONS = mutatingOperations(spec);

/** One fixture round: its ids by kind, its tokens, and the ETag of each focus point and recommendation. */
interface Target {
  roundId: string;
  tokens: string[];
  ids: Record<string, string[]>;
  etags: Map<string, string>;
}

let t: TestApp;
const targets: Target[] = [];
let foreignTokens: string[] = [];
let pristine: Record<string, string>;

function targetOf(round: PhaseRound): Target {
  const focusPointIds = round.focusPoints.map((fp) => fp.id);
  const recommendationIds = round.recommendations.map((rec) => rec.id);
  return {
    roundId: round.roundId,
    tokens: [ADMIN_TOKEN, ...round.memberTokens],
    ids: {
      roundId: [round.roundId],
      memberId: round.memberIds,
      caseId: round.caseIds,
      itemId: round.itemIds,
      itemIds: round.itemIds,
      id: round.itemIds, // in a body: a form item's id
      focusPointId: focusPointIds,
      focusPoint: focusPointIds,
      recommendation: recommendationIds,
      recommendationIds,
      any: [...round.memberIds, ...round.caseIds, ...round.itemIds, ...focusPointIds, ...recommendationIds],
    },
    etags: new Map([...round.focusPoints, ...round.recommendations].map((x) => [x.id, x.etag])),
  };
}

beforeAll(async () => {
  // Garbage tokens are part of the input; the failed-authentication limiter would answer 429 to everything.
  t = await createTestApp({ authFailureLimit: 1_000_000_000 });
  for (const phase of FIXTURE_PHASES) targets.push(targetOf(await buildPhaseRound(t, phase)));
  await addPlan(targets.at(-1) as Target);
  const outsider = await createRound(t, { title: 'Uden for' });
  foreignTokens = [(await addMember(t, outsider.id, 'leader')).token];
  pristine = tableDigests(t.db.$client);
}, 60_000);
afterAll(() => t.close());

/** The reported round's udviklingsplan: two initiatives with two steps each. */
async function addPlan(target: Target): Promise<void> {
  const base = `/api/v1/rounds/${target.roundId}/plan`;
  const initiatives: string[] = [];
  const steps: string[] = [];
  for (const title of ['Første indsatsområde', 'Andet indsatsområde']) {
    const initiative = (await t.admin.post(`${base}/initiatives`, { title }).expect(201)).body;
    initiatives.push(initiative.id);
    target.etags.set(initiative.id, initiative.etag);
    for (const kind of ['activity', 'goal']) {
      const step = (
        await t.admin
          .post(`${base}/initiatives/${initiative.id}/steps`, {
            kind,
            text: 'Trin',
            due: '2027-01-01',
            responsible: 'Alle',
          })
          .expect(201)
      ).body;
      steps.push(step.id);
      target.etags.set(step.id, step.etag);
    }
  }
  target.ids.initiativeId = initiatives;
  target.ids.stepId = steps;
  target.ids.any = [...(target.ids.any ?? []), ...initiatives, ...steps];
}

// ---- requests -----------------------------------------------------------------------------

interface Generated {
  route: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload: string | undefined;
}

/** Ids a path parameter of `op` may take in `target`: `{id}` names a focus point or a recommendation. */
function pathIds(name: string, op: Operation, target: Target): string[] {
  let kind = name;
  if (name === 'id') kind = op.path.includes('/recommendations/') ? 'recommendation' : 'focusPoint';
  const pool = target.ids[kind] ?? [];
  return pool.length > 0 ? pool : (target.ids.any ?? []);
}

const paramsOf = (op: Operation) => [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
const fillPath = (op: Operation, values: string[]) => {
  let i = 0;
  return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '');
};

function schemaContext(target: Target, mode: 'nominal' | 'chaos'): SchemaContext {
  return { doc: spec, mode, ids: (key) => target.ids[key] ?? (/ids?$/i.test(key) ? (target.ids.any ?? []) : []) };
}

/** Everything right except what the fixture's phase and the token's role decide. */
function nominal(op: Operation, target: Target): fc.Arbitrary<Omit<Generated, 'route' | 'method'>> {
  const ids = fc.tuple(...paramsOf(op).map((name) => fc.constantFrom(...pathIds(name, op, target))));
  const body = op.body ? fromSchema(op.body, schemaContext(target, 'nominal')) : fc.constant(undefined);
  return fc
    .record({ ids, token: fc.constantFrom(...target.tokens), body })
    .map(({ ids: values, token, body: value }) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      const etag = target.etags.get(values.at(-1) ?? '');
      if (etag) headers['if-match'] = etag;
      if (value !== undefined) headers['content-type'] = 'application/json';
      return {
        url: fillPath(op, values.map(encodeURIComponent)),
        headers,
        payload: value === undefined ? undefined : JSON.stringify(value),
      };
    });
}

const RANDOM_IDS = ['0', '-1', '..', ' ', 'null', 'x'.repeat(101), '🙂', 'a/b', '\u0000', '*', '%', 'Sag 1'];
/** Sent as they are, not encoded: broken percent-escapes and the like. */
const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%00', ';', ''];

function chaosSegment(name: string, op: Operation, target: Target): fc.Arbitrary<string> {
  const elsewhere = [...targets.map((x) => x.roundId), ...(target.ids.any ?? [])];
  const random = fc.oneof(fc.constantFrom(...RANDOM_IDS), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.uuid());
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...pathIds(name, op, target)).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom(...elsewhere).map(encodeURIComponent) },
    { weight: 1, arbitrary: random.map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  );
}

function chaosBody(op: Operation, target: Target): fc.Arbitrary<string | undefined> {
  const valid = op.body ? fromSchema(op.body, schemaContext(target, 'chaos')) : fc.constant({});
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((v) => JSON.stringify(v) as string | undefined);
  return fc.oneof(
    { weight: 4, arbitrary: json(valid) },
    { weight: 4, arbitrary: json(mutated(valid)) },
    { weight: 1, arbitrary: json(fc.jsonValue({ maxDepth: 3 })) },
    { weight: 1, arbitrary: fc.constantFrom<string | undefined>(...RAW_BODIES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function chaosAuthorization(target: Target): fc.Arbitrary<string | undefined> {
  const anyToken = [...foreignTokens, ...targets.flatMap((x) => x.tokens)];
  const odd = fc.oneof(
    printable(40),
    printable(40).map((s) => `Bearer ${s}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Basic YWRtaW46YWRtaW4=',
      `bearer  ${ADMIN_TOKEN}  `,
      `Bearer ${ADMIN_TOKEN} x`,
    ),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...target.tokens).map((token) => `Bearer ${token}`) },
    { weight: 1, arbitrary: fc.constantFrom(...anyToken).map((token) => `Bearer ${token}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: odd },
  );
}

function chaosIfMatch(target: Target): fc.Arbitrary<string | undefined> {
  const etags = [...target.etags.values(), '"none"'];
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...etags),
    fc.constantFrom('*', '', ' ', '""', 'W/"x"', ',,,'),
    fc.constantFrom(...etags).map((e) => `W/${e}`),
    fc.constantFrom(...etags).map((e) => `"stale", ${e}`),
    printable(30),
  );
}

const chaosContentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----x',
      'application/problem+json',
      'application/merge-patch+json',
      'application/octet-stream',
    ),
  },
  { weight: 1, arbitrary: printable(30) },
);

function chaos(op: Operation, target: Target): fc.Arbitrary<Omit<Generated, 'route' | 'method'>> {
  return fc
    .record({
      segments: fc.tuple(...paramsOf(op).map((name) => chaosSegment(name, op, target))),
      authorization: chaosAuthorization(target),
      ifMatch: chaosIfMatch(target),
      contentType: chaosContentType,
      payload: chaosBody(op, target),
    })
    .map(({ segments, authorization, ifMatch, contentType, payload }) => {
      const headers: Record<string, string> = {};
      if (authorization !== undefined) headers.authorization = authorization;
      if (ifMatch !== undefined) headers['if-match'] = ifMatch;
      if (contentType !== undefined && payload !== undefined) headers['content-type'] = contentType;
      return { url: fillPath(op, segments), headers, payload };
    });
}

function requestFor(op: Operation): fc.Arbitrary<Generated> {
  const route = `${op.method.toUpperCase()} ${op.path}`;
  return fc
    .constantFrom(...targets)
    .chain((target) => fc.oneof(nominal(op, target), chaos(op, target)))
    .map((parts) => ({ route, method: op.method.toUpperCase(), ...parts }));
}

// ---- properties -----------------------------------------------------------------------------

function describeRequest(req: Generated): string {
  const more = req.payload && req.payload.length > 300 ? `… (${req.payload.length} chars)` : '';
  const payload = req.payload === undefined ? '' : ` ${JSON.stringify(req.payload.slice(0, 300))}${more}`;
  return `${req.method} ${req.url.slice(0, 200)} ${JSON.stringify(req.headers)}${payload}`;
}

function auditCount(): number {
  return (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

function checkProblem(req: Generated, res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  const where = `${res.statusCode} for ${describeRequest(req)}\n${res.body.slice(0, 300)}`;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) throw new Error(`not problem+json (${type}): ${where}`);
  const problem = JSON.parse(res.body) as Record<string, unknown>;
  const complete =
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    typeof problem.detail === 'string' &&
    problem.status === res.statusCode;
  if (!complete) throw new Error(`incomplete problem: ${where}`);
}

/** Orderings the service keeps contiguous, and references it keeps intact; checked after every 2xx. */
const INVARIANTS: Record<string, string> = {
  'focus point positions are 1..N per round': `
    SELECT round_id FROM focus_points GROUP BY round_id
    HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
  'recommendation positions are 1..N per focus point': `
    SELECT focus_point_id FROM recommendations GROUP BY focus_point_id
    HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
  'a recommendation belongs to its focus point’s round': `
    SELECT r.id FROM recommendations r JOIN focus_points f ON f.id = r.focus_point_id WHERE f.round_id <> r.round_id`,
  'form item numbers are 1..N per round': `
    SELECT round_id FROM form_items GROUP BY round_id
    HAVING min(number) <> 1 OR max(number) <> count(*) OR count(DISTINCT number) <> count(*)`,
  'initiative positions are 1..N per plan': `
    SELECT round_id FROM plan_initiatives GROUP BY round_id
    HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
  'step positions are 1..N per initiative': `
    SELECT initiative_id FROM plan_steps GROUP BY initiative_id
    HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
  'a step belongs to its initiative’s plan': `
    SELECT s.id FROM plan_steps s JOIN plan_initiatives i ON i.id = s.initiative_id WHERE i.round_id <> s.round_id`,
  'foreign keys hold': 'PRAGMA foreign_key_check',
};

function brokenInvariant(): string | undefined {
  return Object.entries(INVARIANTS).find(([, sql]) => t.db.$client.prepare(sql).all().length > 0)?.[0];
}

/** POST routes that compute an answer and store nothing (no audit row either). */
const STORES_NOTHING = new Set(['POST /api/v1/rounds/{roundId}/cases/anonymise']);

const statusCounts = new Map<string, Record<number, number>>();

function count(req: Generated, status: number): void {
  const counts = statusCounts.get(req.route) ?? {};
  counts[status] = (counts[status] ?? 0) + 1;
  statusCounts.set(req.route, counts);
}

async function runSequence(requests: Generated[]): Promise<void> {
  await withRollback(t.db.$client, async () => {
    let before = pristine;
    for (const req of requests) {
      const audits = auditCount();
      const res = await t.app.inject({
        method: req.method as 'POST',
        url: req.url,
        headers: req.headers,
        payload: req.payload,
      });
      count(req, res.statusCode);
      if (res.statusCode >= 500)
        throw new Error(`${res.statusCode} for ${describeRequest(req)}\n${res.body.slice(0, 300)}`);
      const after = tableDigests(t.db.$client);
      if (res.statusCode >= 400) {
        checkProblem(req, res);
        const changed = Object.keys(after).find((table) => before[table] !== after[table]);
        if (changed)
          throw new Error(`refused with ${res.statusCode} but table ${changed} changed: ${describeRequest(req)}`);
      } else if (STORES_NOTHING.has(req.route)) {
        const changed = Object.keys(after).find((table) => before[table] !== after[table]);
        if (changed) throw new Error(`${res.statusCode} but table ${changed} changed: ${describeRequest(req)}`);
      } else {
        if (auditCount() <= audits)
          throw new Error(`${res.statusCode} without an audit log entry: ${describeRequest(req)}`);
        const broken = brokenInvariant();
        if (broken) throw new Error(`after ${res.statusCode} no longer true: ${broken}: ${describeRequest(req)}`);
      }
      before = after;
    }
  });
}

describe('fuzzing the mutating routes', () => {
  it('covers every mutating route the app serves', () => {
    const key = (op: Operation) => `${op.method} ${op.path}`;
    const fuzzed = new Set(OPERATIONS.map(key));
    const served = mutatingOperations(t.app.swagger() as unknown as OpenApiDoc).map(key);
    expect(served.filter((op) => !fuzzed.has(op))).toEqual([]);
    expect(OPERATIONS.length).toBeGreaterThan(10);
  });

  // Found by this fuzzer: fastify answered these itself, as plain application/json.
  it('answers routing errors (broken escape, over-long id) with problem+json', async () => {
    const cases = [
      { url: '/api/v1/rounds/%E0%A4%A', status: 400 },
      { url: `/api/v1/rounds/${'x'.repeat(101)}/members`, status: 414 },
    ];
    for (const { url, status } of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: {},
      });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({
        status,
        type: expect.any(String),
        title: expect.any(String),
        detail: expect.any(String),
      });
    }
  });

  OPERATIONS.forEach((op, index) => {
    it(`${op.method.toUpperCase()} ${op.path}`, async () => {
      const other = fc.oneof(...OPERATIONS.map(requestFor));
      const request = fc.oneof({ weight: 4, arbitrary: requestFor(op) }, { weight: 1, arbitrary: other });
      await fc.assert(fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 3 }), runSequence), {
        seed: SEED + index,
        numRuns: RUNS,
      });
      // A route never driven to success would pass the 2xx invariants without being checked.
      const seen = statusCounts.get(`${op.method.toUpperCase()} ${op.path}`) ?? {};
      expect(
        Object.keys(seen).some((status) => status.startsWith('2')),
        JSON.stringify(seen),
      ).toBe(true);
    }, 60_000);
  });

  afterAll(() => {
    const lines = [...statusCounts].map(
      ([route, counts]) =>
        `  ${route}: ${Object.entries(counts)
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')}`,
    );
    console.log(`fuzz statuses (seed ${SEED}, ${RUNS} runs per route):\n${lines.join('\n')}`);
  });
});
