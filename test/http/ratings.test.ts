import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { improvementAnswers, ratings } from '../../src/db/schema.js';
import { SCALE } from '../../src/domain/scale.js';
import { ADMIN_TOKEN, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound, otherRoundToken, rate, ratingUrl, SMALL } from '../helpers/rounds.js';
import { errorPaths, expectProblem, tokensFor, type Who, WHO } from '../helpers/expect.js';

let t: TestApp;
let otherToken: string;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  otherToken = await otherRoundToken(t);
});
afterAll(() => t.close());

const storedRatings = (roundId: string) =>
  t.db.select({ n: count() }).from(ratings).where(eq(ratings.roundId, roundId)).get()?.n ?? 0;

function cell(built: BuiltRound, c = 0, i = 0) {
  const kase = built.cases[c];
  const item = built.items[i];
  if (!kase || !item) throw new Error('no such cell');
  return { roundId: built.round.id, caseId: kase.id, itemId: item.id };
}

const panelist = (built: BuiltRound, p = 0) => {
  const found = built.panelists[p];
  if (!found) throw new Error('no such panelist');
  return found;
};

describe('PUT …/cases/{caseId}/ratings/{itemId}', () => {
  let built: BuiltRound;
  beforeAll(async () => {
    built = await buildRound(t, SMALL);
  });

  it('stores the panelist’s own rating and answers it with the Danish label', async () => {
    const me = panelist(built);
    const target = cell(built, 0, 0);
    const res = await t
      .as(me.token)
      .put(ratingUrl(target.roundId, target.caseId, target.itemId), {
        value: 'some',
        justification: '  Formålet fremgår af handleplanen.  ',
      })
      .expect(200);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: target.caseId,
      itemId: target.itemId,
      memberId: me.id,
      value: 'some',
      valueLabel: 'I nogen grad',
      justification: 'Formålet fremgår af handleplanen.',
      createdAt: expect.any(String),
      updatedAt: res.body.createdAt,
    });
  });

  it('replaces the rating on a second PUT: same id, no duplicate row, createdAt kept', async () => {
    const me = panelist(built, 1);
    const target = cell(built, 1, 2);
    const before = storedRatings(built.round.id);
    const first = await rate(t, me.token, target, 'high', 'Første vurdering.');
    const second = await rate(t, me.token, target, 'low', 'Anden vurdering.');
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ value: 'low', justification: 'Anden vurdering.' });
    expect((second as unknown as { createdAt: string }).createdAt).toBe(
      (first as unknown as { createdAt: string }).createdAt,
    );
    expect(storedRatings(built.round.id)).toBe(before + 1);
    const list = await t
      .as(me.token)
      .get(`/api/v1/rounds/${built.round.id}/ratings?caseId=${target.caseId}`)
      .expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: first.id, value: 'low' })]);
  });

  it('accepts na as a value of its own', async () => {
    const res = await rate(t, panelist(built, 2).token, cell(built, 0, 1), 'na', 'Ingen dokumentation i sagen.');
    expect(res).toMatchObject({
      value: 'na',
      valueLabel: SCALE.find((step) => step.key === 'na')?.label,
    });
  });

  it('logs rating.saved on every save, without the justification text', async () => {
    const me = panelist(built, 2);
    const target = cell(built, 1, 0);
    const first = await rate(t, me.token, target, 'high', 'Hemmelig begrundelse A.');
    await rate(t, me.token, target, 'none', 'Hemmelig begrundelse B.');
    const log = await t.as(built.leader.token).get(`/api/v1/rounds/${built.round.id}/audit-log`).expect(200);
    const entries = (
      log.body.items as { action: string; targetId: string; actorId: string; details: unknown }[]
    ).filter((e) => e.action === 'rating.saved' && e.targetId === first.id);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.details)).toEqual([
      { caseId: target.caseId, itemId: target.itemId, value: 'none', replaced: true },
      { caseId: target.caseId, itemId: target.itemId, value: 'high', replaced: false },
    ]);
    expect(entries.every((e) => e.actorId === me.id)).toBe(true);
    expect(JSON.stringify(log.body)).not.toContain('Hemmelig begrundelse');
  });

  it.each([
    ['no body', undefined, ['body']],
    ['an unknown value', { value: 'medium', justification: 'x' }, ['body/value']],
    ['no justification', { value: 'high' }, ['body/justification']],
    ['a blank justification', { value: 'high', justification: '   ' }, ['body/justification']],
    [
      'a justification over 2000 characters',
      { value: 'high', justification: 'x'.repeat(2001) },
      ['body/justification'],
    ],
    ['a number as value', { value: 3, justification: 'tre' }, ['body/value']],
  ])('refuses %s with 400 and the field paths, storing nothing', async (_name, body, paths) => {
    const before = storedRatings(built.round.id);
    const target = cell(built, 0, 2);
    const res = await t.as(panelist(built).token).put(ratingUrl(target.roundId, target.caseId, target.itemId), body);
    expectProblem(res, 400);
    for (const path of paths) expect(errorPaths(res).some((p) => p === path || p.startsWith(`${path}`))).toBe(true);
    expect(storedRatings(built.round.id)).toBe(before);
  });

  it('accepts exactly 2000 characters of justification', async () => {
    await rate(t, panelist(built).token, cell(built, 1, 1), 'high', 'y'.repeat(2000));
  });

  it('answers 404 for an unknown or foreign case or item, and for an unknown round', async () => {
    const other = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    const me = panelist(built).token;
    const { roundId, caseId, itemId } = cell(built);
    const foreignCase = other.cases[0]?.id ?? '';
    const foreignItem = other.items[0]?.id ?? '';
    const body = { value: 'high', justification: 'Begrundet.' };
    for (const url of [
      ratingUrl(roundId, 'no-such-case', itemId),
      ratingUrl(roundId, foreignCase, itemId),
      ratingUrl(roundId, caseId, 'no-such-item'),
      ratingUrl(roundId, caseId, foreignItem),
      ratingUrl('no-such-round', caseId, itemId),
      ratingUrl(other.round.id, foreignCase, foreignItem),
    ]) {
      expectProblem(await t.as(me).put(url, body), 404);
    }
  });

  it('answers 409 before and after the rating phase', async () => {
    const early = await buildRound(t, { ...SMALL, panelists: 2, cases: 1, phase: 'calibration' });
    const body = { value: 'high', justification: 'For tidligt.' };
    expectProblem(
      await t
        .as(panelist(early).token)
        .put(ratingUrl(early.round.id, early.cases[0]?.id ?? '', early.items[0]?.id ?? ''), body),
      409,
    );

    const late = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    await transition(t, late.round.id, 'discussion', true).expect(200);
    const target = cell(late);
    expectProblem(
      await t.as(panelist(late).token).put(ratingUrl(target.roundId, target.caseId, target.itemId), body),
      409,
    );
    expect(storedRatings(late.round.id)).toBe(0);
  });

  it('lets only panelists rate: exact statuses per kind of token', async () => {
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const target = cell(built, 0, 2);
    const expected: Record<Who, number> = {
      admin: 403,
      leader: 403,
      referent: 403,
      panelist: 200,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      const res = await t.as(tokens[who]).put(ratingUrl(target.roundId, target.caseId, target.itemId), {
        value: 'high',
        justification: `Af ${who}.`,
      });
      expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
    }
  });
});

describe('GET …/ratings — blindness', () => {
  let built: BuiltRound;
  beforeAll(async () => {
    built = await buildRound(t, { ...SMALL, panelists: 3, cases: 1 });
    for (const [p, who] of built.panelists.entries()) {
      await rate(t, who.token, cell(built, 0, 0), p === 0 ? 'high' : 'low');
      await rate(t, who.token, cell(built, 0, 1), 'some');
    }
  });

  const list = (token: string | null, query = '') =>
    t.as(token).get(`/api/v1/rounds/${built.round.id}/ratings${query}`);

  it('shows a panelist only their own ratings until discussion', async () => {
    const me = panelist(built, 1);
    const res = await list(me.token).expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.every((r: { memberId: string }) => r.memberId === me.id)).toBe(true);
    // Asking for someone else's ratings gives nothing, not an error.
    const other = await list(me.token, `?memberId=${panelist(built, 0).id}`).expect(200);
    expect(other.body.items).toEqual([]);
  });

  it('shows leader, referent and admin every rating, in case, item and panel order', async () => {
    for (const token of [built.leader.token, built.referent.token, ADMIN_TOKEN]) {
      const res = await list(token).expect(200);
      expect(res.body.items.map((r: { memberId: string; itemId: string }) => [r.itemId, r.memberId])).toEqual([
        ...built.panelists.map((p) => [built.items[0]?.id, p.id]),
        ...built.panelists.map((p) => [built.items[1]?.id, p.id]),
      ]);
    }
  });

  it('filters by caseId, itemId and memberId', async () => {
    const res = await list(
      built.leader.token,
      `?itemId=${built.items[0]?.id}&memberId=${panelist(built, 0).id}`,
    ).expect(200);
    expect(res.body.items).toEqual([expect.objectContaining({ value: 'high', memberId: panelist(built, 0).id })]);
    const none = await list(built.leader.token, `?caseId=no-such-case`).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('answers 400 for a malformed filter', async () => {
    const res = await list(built.leader.token, `?caseId=${'x'.repeat(101)}`);
    expectProblem(res, 400);
    expect(errorPaths(res)).toContain('querystring/caseId');
  });

  it('answers per kind of token: members 200, another round 404, no token 401', async () => {
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const expected: Record<Who, number> = {
      admin: 200,
      leader: 200,
      referent: 200,
      panelist: 200,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      expect({ who, status: (await list(tokens[who])).status }).toEqual({ who, status: expected[who] });
    }
    expectProblem(await t.admin.get('/api/v1/rounds/no-such-round/ratings'), 404);
  });

  it('shows panelists every rating from discussion on', async () => {
    const done = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    await rate(t, panelist(done, 0).token, cell(done), 'high');
    await rate(t, panelist(done, 1).token, cell(done), 'none');
    const asFirst = () => t.as(panelist(done, 0).token).get(`/api/v1/rounds/${done.round.id}/ratings`);
    expect((await asFirst().expect(200)).body.items).toHaveLength(1);
    await transition(t, done.round.id, 'discussion', true).expect(200);
    expect((await asFirst().expect(200)).body.items.map((r: { value: string }) => r.value)).toEqual(['high', 'none']);
  });
});

describe('development answers (item 10)', () => {
  let built: BuiltRound;
  beforeAll(async () => {
    built = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
  });
  const url = () => `/api/v1/rounds/${built.round.id}/development`;
  const areas = [
    { area: ' Indsatsmål ', suggestion: 'Formulér målbare delmål.' },
    { area: 'Varighed', suggestion: 'Angiv forventet varighed.' },
  ];

  it('stores the panelist’s own answer (trimmed) and replaces it on a second PUT', async () => {
    const me = panelist(built);
    const res = await t.as(me.token).put(url(), { areas }).expect(200);
    expect(res.body).toEqual({
      memberId: me.id,
      areas: [
        { area: 'Indsatsmål', suggestion: 'Formulér målbare delmål.' },
        { area: 'Varighed', suggestion: 'Angiv forventet varighed.' },
      ],
      updatedAt: expect.any(String),
    });
    const again = await t
      .as(me.token)
      .put(url(), { areas: [{ area: 'Borgerinddragelse', suggestion: 'Skriv borgerens ord ind.' }] })
      .expect(200);
    expect(again.body.areas).toEqual([{ area: 'Borgerinddragelse', suggestion: 'Skriv borgerens ord ind.' }]);
    const rows = t.db.select().from(improvementAnswers).where(eq(improvementAnswers.roundId, built.round.id)).all();
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['no areas', { areas: [] }, 'body/areas'],
    ['four areas', { areas: [...areas, ...areas] }, 'body/areas'],
    ['a blank area', { areas: [{ area: ' ', suggestion: 'x' }] }, 'body/areas/0/area'],
    ['a missing suggestion', { areas: [{ area: 'Mål' }] }, 'body/areas/0/suggestion'],
    ['no body', undefined, 'body'],
  ])('refuses %s with 400 and the field path', async (_name, body, path) => {
    const res = await t.as(panelist(built, 1).token).put(url(), body);
    expectProblem(res, 400);
    expect(errorPaths(res).some((p) => p.startsWith(path))).toBe(true);
  });

  it('lets only panelists answer: exact statuses per kind of token', async () => {
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const expected: Record<Who, number> = {
      admin: 403,
      leader: 403,
      referent: 403,
      panelist: 200,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      const res = await t.as(tokens[who]).put(url(), { areas });
      expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
    }
  });

  it('is blind like the ratings: a panelist sees only their own answer until discussion', async () => {
    await t.as(panelist(built, 1).token).put(url(), { areas }).expect(200);
    const own = await t.as(panelist(built, 1).token).get(url()).expect(200);
    expect(own.body.items.map((a: { memberId: string }) => a.memberId)).toEqual([panelist(built, 1).id]);
    const all = await t.as(built.referent.token).get(url()).expect(200);
    expect(all.body.items.map((a: { memberId: string }) => a.memberId)).toEqual([
      panelist(built, 0).id,
      panelist(built, 1).id,
    ]);
    expectProblem(await t.as(otherToken).get(url()), 404);
    expectProblem(await t.as(null).get(url()), 401);
  });

  it('answers 409 outside the rating phase', async () => {
    const early = await buildRound(t, { ...SMALL, panelists: 2, cases: 1, phase: 'calibration' });
    expectProblem(
      await t.as(panelist(early).token).put(`/api/v1/rounds/${early.round.id}/development`, { areas }),
      409,
    );
  });
});

describe('GET …/progress and the move to discussion', () => {
  it('counts received against expected per panelist; refuses discussion with ratings missing unless forced', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 2, cases: 2 });
    const [first, second] = [panelist(built, 0), panelist(built, 1)];
    for (const [c] of built.cases.entries()) {
      for (const [i] of built.items.entries()) await rate(t, first.token, cell(built, c, i), 'high');
    }
    await rate(t, second.token, cell(built, 0, 0), 'na');
    await rate(t, second.token, cell(built, 0, 0), 'some'); // a replacement is not a second rating
    await t
      .as(second.token)
      .put(`/api/v1/rounds/${built.round.id}/development`, {
        areas: [{ area: 'Mål', suggestion: 'Skriv dem.' }],
      })
      .expect(200);

    const progress = await t.admin.get(`/api/v1/rounds/${built.round.id}/progress`).expect(200);
    expect(progress.body).toEqual({
      expected: 12,
      received: 7,
      members: [
        { memberId: first.id, name: first.name, expected: 6, received: 6, developmentAnswered: false },
        { memberId: second.id, name: second.name, expected: 6, received: 1, developmentAnswered: true },
      ],
    });

    const refused = await transition(t, built.round.id, 'discussion');
    expectProblem(refused, 409);
    expect(refused.body.unmet).toEqual([
      {
        code: 'ratings_missing',
        memberId: second.id,
        missing: 5,
        message: expect.stringContaining('mangler 5 vurderinger'),
      },
    ]);
    expect((await t.admin.get(`/api/v1/rounds/${built.round.id}`).expect(200)).body.phase).toBe('rating');

    const forced = await transition(t, built.round.id, 'discussion', true).expect(200);
    expect(forced.body.phase).toBe('discussion');
  });

  it('answers every member; another round 404, no token 401', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const expected: Record<Who, number> = {
      admin: 200,
      leader: 200,
      referent: 200,
      panelist: 200,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      const res = await t.as(tokens[who]).get(`/api/v1/rounds/${built.round.id}/progress`);
      expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
    }
    const fresh = await t.admin.get(`/api/v1/rounds/${built.round.id}/progress`).expect(200);
    expect(fresh.body).toMatchObject({ expected: 6, received: 0 });
  });
});

describe('concurrency', () => {
  it('stores every acknowledged rating of 20 panelists rating in parallel, each with its last value', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 20, cases: 2 });
    const sequence = ['none', 'low', 'some', 'high'] as const;
    const finalValue = (p: number) => sequence[(p + sequence.length - 1) % sequence.length] ?? 'high';
    // Parallel across panelists and cells; within one cell a panelist's writes are sequential.
    const acknowledged = await Promise.all(
      built.panelists.flatMap((who, p) =>
        built.cases.flatMap((_, c) =>
          built.items.map(async (_item, i) => {
            const target = cell(built, c, i);
            let last;
            for (let k = 0; k < sequence.length; k++) {
              const value = sequence[(p + k) % sequence.length] ?? 'high';
              const res = await t
                .as(who.token)
                .put(ratingUrl(target.roundId, target.caseId, target.itemId), { value, justification: `Runde ${k}` });
              expect(res.status).toBe(200);
              last = res.body as { id: string; value: string; memberId: string };
            }
            return last;
          }),
        ),
      ),
    );
    expect(acknowledged).toHaveLength(20 * 2 * 3);
    expect(storedRatings(built.round.id)).toBe(20 * 2 * 3);
    const stored = new Map(
      t.db
        .select()
        .from(ratings)
        .where(eq(ratings.roundId, built.round.id))
        .all()
        .map((row) => [row.id, row]),
    );
    for (const ack of acknowledged) {
      const row = ack ? stored.get(ack.id) : undefined;
      const p = built.panelists.findIndex((who) => who.id === ack?.memberId);
      expect(row).toMatchObject({ value: ack?.value, memberId: ack?.memberId, justification: 'Runde 3' });
      expect(row?.value).toBe(finalValue(p));
    }
    const progress = await t.admin.get(`/api/v1/rounds/${built.round.id}/progress`).expect(200);
    expect(progress.body).toMatchObject({ expected: 120, received: 120 });
  });

  it('keeps one row when the same cell is overwritten by a burst of parallel PUTs; the last write wins', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    const me = panelist(built);
    const target = cell(built);
    const values = ['high', 'some', 'low', 'none', 'na'] as const;
    const responses = await Promise.all(
      Array.from({ length: 25 }, (_, k) =>
        t.as(me.token).put(ratingUrl(target.roundId, target.caseId, target.itemId), {
          value: values[k % values.length],
          justification: `Skrivning ${k}`,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(25).fill(200));
    const ids = new Set(responses.map((r) => r.body.id as string));
    expect(ids.size).toBe(1);
    const rows = t.db
      .select()
      .from(ratings)
      .where(and(eq(ratings.caseId, target.caseId), eq(ratings.itemId, target.itemId), eq(ratings.memberId, me.id)))
      .all();
    expect(rows).toHaveLength(1);
    // The audit log records the writes in commit order: the stored row is the last one.
    const log = await t.admin.get(`/api/v1/rounds/${built.round.id}/audit-log?limit=1000`).expect(200);
    const saves = (log.body.items as { action: string; details: { value: string; replaced: boolean } }[]).filter(
      (e) => e.action === 'rating.saved',
    );
    expect(saves).toHaveLength(25);
    expect(saves.filter((e) => !e.details.replaced)).toHaveLength(1);
    expect(rows[0]?.value).toBe(saves[0]?.details.value);
    // Every acknowledged body was the state its own write committed.
    const acknowledgedLast = responses.find((r) => r.body.justification === rows[0]?.justification);
    expect(acknowledgedLast?.body.value).toBe(rows[0]?.value);
  });

  it('answers saves that arrive together each on its own: one refused save changes nothing of the others', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 3, cases: 1 });
    const [a, b, c] = [panelist(built, 0), panelist(built, 1), panelist(built, 2)];
    const target = cell(built);
    const put = (token: string, itemId: string, value: string) =>
      t.app.inject({
        method: 'PUT',
        url: ratingUrl(target.roundId, target.caseId, itemId),
        headers: { authorization: `Bearer ${token}` },
        payload: { value, justification: `Sammen ${value}` },
      });
    // Sent in one turn of the event loop, so they share a group commit (src/db/group-commit.ts).
    const answers = await Promise.all([
      put(a.token, target.itemId, 'high'),
      put(b.token, 'no-such-item', 'low'),
      put(built.leader.token, target.itemId, 'some'),
      put(c.token, target.itemId, 'none'),
      put(b.token, target.itemId, 'not-a-value'),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 404, 403, 200, 400]);
    const stored = t.db.select().from(ratings).where(eq(ratings.roundId, built.round.id)).all();
    expect(stored.map((row) => [row.memberId, row.value]).sort()).toEqual(
      [
        [a.id, 'high'],
        [c.id, 'none'],
      ].sort(),
    );
  });
});
