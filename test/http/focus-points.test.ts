import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, addMember, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { addFocusPoint, addRecommendation, buildRound, type BuiltRound } from '../helpers/rounds.js';

interface FocusPoint {
  id: string;
  position: number;
  title: string;
  itemIds: string[];
  itemNumbers: number[];
  recommendations: { id: string; number: number; position: number; text: string }[];
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

const url = (path = '') => `/api/v1/rounds/${built.round.id}/focus-points${path}`;
const referent = () => t.as(built.referent.token);
const list = async () => (await referent().get(url()).expect(200)).body.items as FocusPoint[];
const itemId = (n: number) => built.items.find((item) => item.number === n)?.id as string;
const body = (title: string, extra: object = {}) => ({ title, discussion: `Drøftelse af ${title}.`, ...extra });

async function clear() {
  for (const fp of await list()) {
    await referent()
      .delete(url(`/${fp.id}`))
      .set('if-match', fp.etag)
      .expect(204);
  }
}

describe('POST and GET focus points', () => {
  it('creates a focus point with linked items, an ETag and an audit entry', async () => {
    await clear();
    const res = await referent()
      .post(url(), body('Formulering af formål', { itemIds: [itemId(7), itemId(1)] }))
      .expect(201);
    expect(res.body).toMatchObject({
      position: 1,
      title: 'Formulering af formål',
      discussion: 'Drøftelse af Formulering af formål.',
      itemIds: [itemId(1), itemId(7)],
      itemNumbers: [1, 7],
      recommendations: [],
    });
    expect(res.headers.etag).toBe(res.body.etag);
    const one = await t
      .as(built.panelists[0]!.token)
      .get(url(`/${res.body.id}`))
      .expect(200);
    expect(one.headers.etag).toBe(res.body.etag);
    expect(one.body).toEqual(res.body);
    const log = await t.admin.get(`/api/v1/rounds/${built.round.id}/audit-log?limit=1`).expect(200);
    expect(log.body.items[0]).toMatchObject({
      action: 'focusPoint.created',
      actorRole: 'referent',
      targetId: res.body.id,
    });
  });

  it('inserts at a position and shifts the others; omitted or past the end goes last', async () => {
    await clear();
    await addFocusPoint(t, built.referent.token, built.round.id, body('A'));
    await addFocusPoint(t, built.referent.token, built.round.id, body('B'));
    await addFocusPoint(t, built.referent.token, built.round.id, body('C', { position: 1 }));
    await addFocusPoint(t, built.referent.token, built.round.id, body('D', { position: 2 }));
    await addFocusPoint(t, built.referent.token, built.round.id, body('E', { position: 99 }));
    expect((await list()).map((fp) => [fp.title, fp.position])).toEqual([
      ['C', 1],
      ['D', 2],
      ['A', 3],
      ['B', 4],
      ['E', 5],
    ]);
  });

  it('refuses unknown item ids with 422 and the field path, and stores nothing', async () => {
    await clear();
    const res = await referent()
      .post(url(), body('X', { itemIds: [itemId(1), 'no-such-item'] }))
      .expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 422,
      type: 'urn:auditpanel:problem:unknown-item',
      errors: [{ path: 'body/itemIds/1', message: 'Ukendt spørgsmål' }],
    });
    expect(await list()).toEqual([]);
  });

  it('validates the body (400 with field paths)', async () => {
    const res = await referent().post(url(), { discussion: 'Uden titel', position: 0 }).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body/position', 'body/title']);
  });

  it('answers 404 for an unknown focus point and for one of another round', async () => {
    await referent().get(url('/nope')).expect(404);
    const other = await buildRound(t, { phase: 'follow_up', rated: false });
    const foreign = other.focusPoints[0]!.id;
    await referent()
      .get(url(`/${foreign}`))
      .expect(404);
    await t.admin.get(url(`/${foreign}`)).expect(404);
  });
});

describe('PATCH and DELETE with If-Match', () => {
  it('needs If-Match (428), refuses a stale one (412) and answers the new ETag', async () => {
    await clear();
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, body('Formål'));
    const missing = await referent()
      .patch(url(`/${fp.id}`), { title: 'Nyt' })
      .expect(428);
    expect(missing.body).toMatchObject({ status: 428, type: 'urn:auditpanel:problem:if-match-required' });
    await referent()
      .patch(url(`/${fp.id}`), { title: 'Nyt' })
      .set('if-match', '"stale"')
      .expect(412);
    await referent()
      .patch(url(`/${fp.id}`), { title: 'Nyt' })
      .set('if-match', `W/"stale"`)
      .expect(412);
    const ok = await referent()
      .patch(url(`/${fp.id}`), { title: 'Nyt' })
      .set('if-match', fp.etag)
      .expect(200);
    expect(ok.body.title).toBe('Nyt');
    expect(ok.headers.etag).toBe(ok.body.etag);
    expect(ok.headers.etag).not.toBe(fp.etag);
    const stale = await referent()
      .patch(url(`/${fp.id}`), { title: 'Igen' })
      .set('if-match', fp.etag)
      .expect(412);
    expect(stale.body).toMatchObject({ status: 412, type: 'urn:auditpanel:problem:stale-etag' });
    expect(
      (
        await referent()
          .get(url(`/${fp.id}`))
          .expect(200)
      ).body.title,
    ).toBe('Nyt');
    // The tag as a compressing proxy (nginx with gzip) hands it on, weakened, still matches.
    const weak = `W/${ok.headers.etag as string}`;
    await referent()
      .patch(url(`/${fp.id}`), { title: 'Via proxy' })
      .set('if-match', weak)
      .expect(200);
  });

  it('lets exactly one of two PATCHes with the same ETag win', async () => {
    await clear();
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, body('Samtidig'));
    const [a, b] = await Promise.all([
      referent()
        .patch(url(`/${fp.id}`), { title: 'Første' })
        .set('if-match', fp.etag),
      t
        .as(built.leader.token)
        .patch(url(`/${fp.id}`), { title: 'Anden' })
        .set('if-match', fp.etag),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? 'Første' : 'Anden';
    expect(
      (
        await referent()
          .get(url(`/${fp.id}`))
          .expect(200)
      ).body.title,
    ).toBe(winner);
  });

  it('moves a focus point and replaces its items', async () => {
    await clear();
    for (const title of ['A', 'B', 'C']) await addFocusPoint(t, built.referent.token, built.round.id, body(title));
    const c = (await list())[2]!;
    const moved = await referent()
      .patch(url(`/${c.id}`), { position: 1, itemIds: [itemId(8)] })
      .set('if-match', c.etag)
      .expect(200);
    expect(moved.body).toMatchObject({ position: 1, itemIds: [itemId(8)], itemNumbers: [8] });
    expect((await list()).map((fp) => `${fp.position}${fp.title}`)).toEqual(['1C', '2A', '3B']);
    const a = (await list())[1]!;
    await referent()
      .patch(url(`/${a.id}`), { position: 50 })
      .set('if-match', a.etag)
      .expect(200);
    expect((await list()).map((fp) => `${fp.position}${fp.title}`)).toEqual(['1C', '2B', '3A']);
  });

  it('refuses an empty patch (400) and unknown items (422) without changing anything', async () => {
    await clear();
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, body('Uændret'));
    await referent()
      .patch(url(`/${fp.id}`), {})
      .set('if-match', fp.etag)
      .expect(400);
    await referent()
      .patch(url(`/${fp.id}`), { title: 'Ændret', itemIds: ['nope'] })
      .set('if-match', fp.etag)
      .expect(422);
    const after = await referent()
      .get(url(`/${fp.id}`))
      .expect(200);
    expect(after.body).toMatchObject({ title: 'Uændret', etag: fp.etag });
  });

  it('deletes with If-Match, closes the gap and renumbers the remaining recommendations', async () => {
    await clear();
    const a = await addFocusPoint(t, built.referent.token, built.round.id, body('A'));
    const b = await addFocusPoint(t, built.referent.token, built.round.id, body('B'));
    const c = await addFocusPoint(t, built.referent.token, built.round.id, body('C'));
    await addRecommendation(t, built.referent.token, built.round.id, a.id, { text: 'A1' });
    const b1 = await addRecommendation(t, built.referent.token, built.round.id, b.id, { text: 'B1' });
    await addRecommendation(t, built.referent.token, built.round.id, c.id, { text: 'C1' });
    await referent()
      .delete(url(`/${b.id}`))
      .expect(428);
    await referent()
      .delete(url(`/${b.id}`))
      .set('if-match', '"old"')
      .expect(412);
    await referent()
      .delete(url(`/${b.id}`))
      .set('if-match', b.etag)
      .expect(204);
    await referent()
      .get(url(`/${b.id}`))
      .expect(404);
    await referent().get(`/api/v1/rounds/${built.round.id}/recommendations/${b1.id}`).expect(404);
    const after = await list();
    expect(after.map((fp) => [fp.title, fp.position])).toEqual([
      ['A', 1],
      ['C', 2],
    ]);
    expect(after.flatMap((fp) => fp.recommendations.map((r) => `${r.number}:${r.text}`))).toEqual(['1:A1', '2:C1']);
  });
});

describe('who may do what', () => {
  type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
  const tokenOf = (who: Who): string | null =>
    ({
      admin: ADMIN_TOKEN,
      leader: built.leader.token,
      referent: built.referent.token,
      panelist: built.panelists[0]!.token,
      otherRound: otherRoundLeader,
      none: null,
    })[who];
  const write = { admin: 201, leader: 201, referent: 201, panelist: 403, otherRound: 404, none: 401 };
  const read = { admin: 200, leader: 200, referent: 200, panelist: 200, otherRound: 404, none: 401 };

  it.each(Object.entries(write))('POST as %s → %i', async (who, status) => {
    await t
      .as(tokenOf(who as Who))
      .post(url(), body(`Af ${who}`))
      .expect(status);
  });

  it.each(Object.entries(read))('GET list and one as %s → %i', async (who, status) => {
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, body('Læses'));
    await t
      .as(tokenOf(who as Who))
      .get(url())
      .expect(status);
    await t
      .as(tokenOf(who as Who))
      .get(url(`/${fp.id}`))
      .expect(status);
  });

  const change = { admin: 200, leader: 200, referent: 200, panelist: 403, otherRound: 404, none: 401 };
  it.each(Object.entries(change))('PATCH and DELETE as %s → %i', async (who, status) => {
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, body('Ændres'));
    const as = t.as(tokenOf(who as Who));
    const patched = await as
      .patch(url(`/${fp.id}`), { title: 'Ændret' })
      .set('if-match', fp.etag)
      .expect(status);
    const etag = status === 200 ? (patched.headers.etag as string) : fp.etag;
    await as
      .delete(url(`/${fp.id}`))
      .set('if-match', etag)
      .expect(status === 200 ? 204 : status);
  });

  const suggest = { admin: 200, leader: 200, referent: 200, panelist: 403, otherRound: 404, none: 401 };
  it.each(Object.entries(suggest))('GET suggestions as %s → %i', async (who, status) => {
    await t
      .as(tokenOf(who as Who))
      .get(url('/suggestions'))
      .expect(status);
  });
});

describe('phases', () => {
  it('refuses writes before discussion with 409, allows them in follow_up, and refuses all once reported', async () => {
    const early = await buildRound(t);
    const earlyUrl = `/api/v1/rounds/${early.round.id}/focus-points`;
    const refused = await t.as(early.referent.token).post(earlyUrl, body('For tidligt')).expect(409);
    expect(refused.body).toMatchObject({
      status: 409,
      type: 'urn:auditpanel:problem:phase-closed',
      detail:
        'Det er kun muligt at skrive fokuspunkter og anbefalinger i faserne discussion og follow_up; auditforløbet er i fasen rating.',
    });

    const round = await buildRound(t, { phase: 'follow_up', rated: false });
    const base = `/api/v1/rounds/${round.round.id}/focus-points`;
    const as = t.as(round.leader.token);
    const added = await as.post(base, body('I opfølgningen')).expect(201);
    await transition(t, round.round.id, 'reported').expect(200);

    await as.post(base, body('For sent')).expect(409);
    await as.patch(`${base}/${added.body.id}`, { title: 'For sent' }).set('if-match', added.body.etag).expect(409);
    await as.delete(`${base}/${added.body.id}`).set('if-match', added.body.etag).expect(409);
    await t.admin.post(base, body('Heller ikke admin')).expect(409);
    const after = (await as.get(base).expect(200)).body.items as FocusPoint[];
    expect(after.map((fp) => fp.title)).toEqual([
      'Formulering af formål',
      'Indsatsens varighed og omfang',
      'I opfølgningen',
    ]);
  });
});

describe('suggestions', () => {
  it('proposes flagged items grouped by theme, with their figures, and creates nothing', async () => {
    const rated = await buildRound(t, { phase: 'discussion' });
    const base = `/api/v1/rounds/${rated.round.id}/focus-points`;
    const before = await t.admin.get(`/api/v1/rounds/${rated.round.id}/audit-log`).expect(200);
    const res = await t.as(rated.referent.token).get(`${base}/suggestions`).expect(200);
    const id = (n: number) => rated.items.find((item) => item.number === n)?.id;
    expect(res.body.items).toEqual([
      {
        themeKey: 'formaal-og-maal',
        themeTitle: 'Formål og mål for indsats',
        proposedTitle: 'Formål og mål for indsats – punkterne 3 og 6',
        itemIds: [id(3), id(6)],
        itemNumbers: [3, 6],
        reasons: [
          'Punkt 3: 83 % positive vurderinger; 2 af 2 sager vurderet i høj eller nogen grad; uenighed i panelet i 1 sag.',
          'Punkt 6: 33 % positive vurderinger; 0 af 2 sager vurderet i høj eller nogen grad; uenighed i panelet i 2 sager.',
        ],
        items: [
          {
            itemId: id(3),
            number: 3,
            text: expect.stringContaining('hvornår indsatsmålene er opfyldt'),
            n: 6,
            median: 2.5,
            positiveShare: 5 / 6,
            casesRated: 2,
            casesPositive: 2,
            disagreementCases: 1,
            lowPositiveShare: false,
          },
          {
            itemId: id(6),
            number: 6,
            text: expect.stringContaining('varighed'),
            n: 6,
            median: 1,
            positiveShare: 1 / 3,
            casesRated: 2,
            casesPositive: 0,
            disagreementCases: 2,
            lowPositiveShare: true,
          },
        ],
      },
    ]);
    expect((await t.admin.get(base).expect(200)).body.items).toEqual([]);
    const after = await t.admin.get(`/api/v1/rounds/${rated.round.id}/audit-log`).expect(200);
    expect(after.body.items).toEqual(before.body.items);
  });
});
