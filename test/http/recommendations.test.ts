import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, addMember, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { addFocusPoint, addRecommendation, buildRound, type BuiltRound } from '../helpers/rounds.js';

interface Recommendation {
  id: string;
  focusPointId: string;
  position: number;
  number: number;
  text: string;
  etag: string;
}

let t: TestApp;
let built: BuiltRound;
let otherRoundLeader: string;

beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 1000 });
  built = await buildRound(t, { phase: 'discussion', rated: false });
  otherRoundLeader = (await addMember(t, (await createRound(t, { title: 'Anden runde' })).id, 'leader')).token;
});
afterAll(() => t.close());

const round = () => `/api/v1/rounds/${built.round.id}`;
const recUrl = (id: string) => `${round()}/recommendations/${id}`;
const referent = () => t.as(built.referent.token);

async function clear() {
  const items = (await referent().get(`${round()}/focus-points`).expect(200)).body.items as {
    id: string;
    etag: string;
  }[];
  for (const fp of items)
    await referent().delete(`${round()}/focus-points/${fp.id}`).set('if-match', fp.etag).expect(204);
}

async function focusPoint(title: string) {
  return addFocusPoint(t, built.referent.token, built.round.id, { title, discussion: `Om ${title}.` });
}

async function add(focusPointId: string, text: string, position?: number) {
  return addRecommendation(
    t,
    built.referent.token,
    built.round.id,
    focusPointId,
    position ? { text, position } : { text },
  );
}

/** "number:text" of every recommendation, in reading order. */
async function numbering(): Promise<string[]> {
  const res = await t.as(built.panelists[0]!.token).get(`${round()}/focus-points`).expect(200);
  return (res.body.items as { recommendations: Recommendation[] }[]).flatMap((fp) =>
    fp.recommendations.map((rec) => `${rec.number}:${rec.text}`),
  );
}

async function current(id: string): Promise<Recommendation> {
  const res = await referent().get(recUrl(id)).expect(200);
  expect(res.headers.etag).toBe(res.body.etag);
  return res.body as Recommendation;
}

async function patch(id: string, body: object) {
  const { etag } = await current(id);
  return referent().patch(recUrl(id), body).set('if-match', etag).expect(200);
}

describe('numbering', () => {
  it('numbers 1..N across focus points after every insert, move and delete', async () => {
    await clear();
    const a = await focusPoint('A');
    const b = await focusPoint('B');
    const a1 = await add(a.id, 'a1');
    await add(a.id, 'a2');
    const b1 = await add(b.id, 'b1');
    await add(b.id, 'b2');
    const b3 = await add(b.id, 'b3');
    expect(a1.number).toBe(1);
    expect(b3.number).toBe(5);
    expect(await numbering()).toEqual(['1:a1', '2:a2', '3:b1', '4:b2', '5:b3']);

    const a0 = await add(a.id, 'a0', 1);
    expect(a0.number).toBe(1);
    expect(await numbering()).toEqual(['1:a0', '2:a1', '3:a2', '4:b1', '5:b2', '6:b3']);

    const moved = await patch(b3.id, { focusPointId: a.id, position: 2 });
    expect(moved.body).toMatchObject({ focusPointId: a.id, position: 2, number: 2 });
    expect(await numbering()).toEqual(['1:a0', '2:b3', '3:a1', '4:a2', '5:b1', '6:b2']);

    const { body: fpB } = await referent().get(`${round()}/focus-points/${b.id}`).expect(200);
    await referent().patch(`${round()}/focus-points/${b.id}`, { position: 1 }).set('if-match', fpB.etag).expect(200);
    expect(await numbering()).toEqual(['1:b1', '2:b2', '3:a0', '4:b3', '5:a1', '6:a2']);
    expect((await current(a1.id)).number).toBe(5);

    await referent().delete(recUrl(a0.id)).set('if-match', a0.etag).expect(204);
    expect(await numbering()).toEqual(['1:b1', '2:b2', '3:b3', '4:a1', '5:a2']);

    await patch(b1.id, { position: 2 });
    expect(await numbering()).toEqual(['1:b2', '2:b1', '3:b3', '4:a1', '5:a2']);

    const toEnd = await patch(b1.id, { focusPointId: a.id });
    expect(toEnd.body).toMatchObject({ focusPointId: a.id, position: 4, number: 5 });
    expect(await numbering()).toEqual(['1:b2', '2:b3', '3:a1', '4:a2', '5:b1']);
    const positions = (await referent().get(`${round()}/focus-points/${a.id}`).expect(200)).body.recommendations.map(
      (rec: Recommendation) => rec.position,
    );
    expect(positions).toEqual([1, 2, 3, 4]);
  });

  it('edits text without moving, and clamps a position past the end to the last place', async () => {
    await clear();
    const a = await focusPoint('A');
    const first = await add(a.id, 'første');
    await add(a.id, 'anden', 42);
    const edited = await patch(first.id, { text: 'Det anbefales, at …' });
    expect(edited.body).toMatchObject({ position: 1, number: 1, text: 'Det anbefales, at …' });
    await patch(first.id, { position: 99 });
    expect(await numbering()).toEqual(['1:anden', '2:Det anbefales, at …']);
  });
});

describe('validation and concurrency', () => {
  it('answers 404 for unknown focus points and recommendations', async () => {
    await clear();
    await referent().post(`${round()}/focus-points/nope/recommendations`, { text: 'x' }).expect(404);
    await referent().get(recUrl('nope')).expect(404);
    const other = await buildRound(t, { phase: 'follow_up', rated: false });
    const foreign = other.focusPoints[0]!.recommendations[0]!.id;
    await t.admin.get(recUrl(foreign)).expect(404);
  });

  it('refuses an empty text (400), an empty patch (400) and an unknown target focus point (422)', async () => {
    await clear();
    const a = await focusPoint('A');
    const rec = await add(a.id, 'uændret');
    const res = await referent().post(`${round()}/focus-points/${a.id}/recommendations`, { text: '  ' }).expect(400);
    expect(res.body.errors[0].path).toBe('body/text');
    await referent().patch(recUrl(rec.id), {}).set('if-match', rec.etag).expect(400);
    const moved = await referent()
      .patch(recUrl(rec.id), { text: 'ændret', focusPointId: 'nope' })
      .set('if-match', rec.etag)
      .expect(422);
    expect(moved.body).toMatchObject({
      status: 422,
      errors: [{ path: 'body/focusPointId', message: 'Ukendt fokuspunkt' }],
    });
    expect(await current(rec.id)).toMatchObject({ text: 'uændret', etag: rec.etag, focusPointId: a.id });
  });

  it('needs If-Match (428), refuses stale tags (412) and answers the new ETag', async () => {
    await clear();
    const a = await focusPoint('A');
    const rec = await add(a.id, 'tekst');
    await referent().patch(recUrl(rec.id), { text: 'ny' }).expect(428);
    await referent().delete(recUrl(rec.id)).expect(428);
    await referent().patch(recUrl(rec.id), { text: 'ny' }).set('if-match', '"x-v0"').expect(412);
    const ok = await referent().patch(recUrl(rec.id), { text: 'ny' }).set('if-match', rec.etag).expect(200);
    expect(ok.headers.etag).toBe(ok.body.etag);
    expect(ok.headers.etag).not.toBe(rec.etag);
    await referent().delete(recUrl(rec.id)).set('if-match', rec.etag).expect(412);
    await referent()
      .delete(recUrl(rec.id))
      .set('if-match', ok.headers.etag as string)
      .expect(204);
  });

  it('lets exactly one of two PATCHes with the same ETag win', async () => {
    await clear();
    const a = await focusPoint('A');
    const rec = await add(a.id, 'tekst');
    const [x, y] = await Promise.all([
      referent().patch(recUrl(rec.id), { text: 'referentens' }).set('if-match', rec.etag),
      t.as(built.leader.token).patch(recUrl(rec.id), { text: 'mødelederens' }).set('if-match', rec.etag),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 412]);
    expect((await current(rec.id)).text).toBe(x.status === 200 ? 'referentens' : 'mødelederens');
  });
});

describe('who may do what', () => {
  type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
  const tokenOf = (who: Who): string | null =>
    ({
      admin: ADMIN_TOKEN,
      leader: built.leader.token,
      referent: built.referent.token,
      panelist: built.panelists[1]!.token,
      otherRound: otherRoundLeader,
      none: null,
    })[who];
  const denied = { panelist: 403, otherRound: 404, none: 401 };

  it.each(Object.entries({ admin: 201, leader: 201, referent: 201, ...denied }))(
    'POST as %s → %i',
    async (who, status) => {
      const a = await focusPoint('Til matrix');
      await t
        .as(tokenOf(who as Who))
        .post(`${round()}/focus-points/${a.id}/recommendations`, { text: `Af ${who}` })
        .expect(status);
    },
  );

  it.each(Object.entries({ admin: 200, leader: 200, referent: 200, panelist: 200, otherRound: 404, none: 401 }))(
    'GET as %s → %i',
    async (who, status) => {
      const a = await focusPoint('Læses');
      const rec = await add(a.id, 'læses');
      await t
        .as(tokenOf(who as Who))
        .get(recUrl(rec.id))
        .expect(status);
    },
  );

  it.each(Object.entries({ admin: 200, leader: 200, referent: 200, ...denied }))(
    'PATCH and DELETE as %s → %i',
    async (who, status) => {
      const a = await focusPoint('Ændres');
      const rec = await add(a.id, 'ændres');
      const as = t.as(tokenOf(who as Who));
      const res = await as.patch(recUrl(rec.id), { text: 'ændret' }).set('if-match', rec.etag).expect(status);
      const etag = status === 200 ? (res.headers.etag as string) : rec.etag;
      await as
        .delete(recUrl(rec.id))
        .set('if-match', etag)
        .expect(status === 200 ? 204 : status);
    },
  );
});

describe('phases', () => {
  it('allows writes in follow_up and refuses every write once reported', async () => {
    const other = await buildRound(t, { phase: 'follow_up', rated: false });
    const base = `/api/v1/rounds/${other.round.id}`;
    const fp = other.focusPoints[0]!;
    const as = t.as(other.referent.token);
    const added = await as
      .post(`${base}/focus-points/${fp.id}/recommendations`, { text: 'I opfølgningen' })
      .expect(201);
    expect(added.body.number).toBe(3);
    await transition(t, other.round.id, 'reported').expect(200);

    const rec = (await as.get(`${base}/recommendations/${added.body.id}`).expect(200)).body as Recommendation;
    await as.post(`${base}/focus-points/${fp.id}/recommendations`, { text: 'For sent' }).expect(409);
    const refused = await as
      .patch(`${base}/recommendations/${rec.id}`, { text: 'For sent' })
      .set('if-match', rec.etag)
      .expect(409);
    expect(refused.body).toMatchObject({
      type: 'urn:auditpanel:problem:round-reported',
      detail: 'Afrapporteringen er udgivet, og auditforløbet kan ikke længere ændres.',
    });
    await as.delete(`${base}/recommendations/${rec.id}`).set('if-match', rec.etag).expect(409);
    await t.admin.delete(`${base}/recommendations/${rec.id}`).set('if-match', rec.etag).expect(409);
    expect((await as.get(`${base}/recommendations/${rec.id}`).expect(200)).body).toEqual(rec);
  });
});
