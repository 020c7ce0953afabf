import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';
import {
  addFocusPoint,
  addRecommendation,
  buildRound,
  readForm,
  type BuiltRound,
  type FormBody,
  type RoundOptions,
} from '../helpers/rounds.js';

let t: TestApp;
let baseline: BuiltRound;
let baselineForm: FormBody;

beforeAll(async () => {
  t = await createTestApp();
  // Two cases rated with defaultRating: item 6's case scores are [1, 0], item 7's [2, 3].
  // FOCUS_POINTS: the first is linked to items 1 and 7, the second to item 6.
  baseline = await buildRound(t, { phase: 'reported', cases: 2 });
  baselineForm = baseline.form;
});

/** A genaudit of the baseline with the default panel and `cases` new cases, stopped in `phase`. */
const genaudit = (cases: number, options: RoundOptions = {}) =>
  buildRound(t, { baselineRoundId: baseline.round.id, cases, phase: 'calibration', ...options });
afterAll(() => t.close());

const roundCount = async () =>
  ((await t.admin.get('/api/v1/rounds').expect(200)).body as { items: unknown[] }).items.length;

describe('POST /rounds with baselineRoundId', () => {
  it('copies the baseline form, links every item and shows the baseline', async () => {
    const g = await genaudit(1);
    const got = (await t.as(g.leader.token).get(`/api/v1/rounds/${g.round.id}`).expect(200)).body;
    expect(got.baselineRoundId).toBe(baseline.round.id);
    const form = await readForm(t, g.round.id);
    expect(form.developmentQuestion).toBe(baselineForm.developmentQuestion);
    expect(form.themes.map((th) => [th.key, th.title])).toEqual(baselineForm.themes.map((th) => [th.key, th.title]));
    const copied = form.themes.flatMap((th) => th.items);
    const original = baselineForm.themes.flatMap((th) => th.items);
    expect(copied.map((i) => [i.number, i.text, i.baselineItemId])).toEqual(
      original.map((i) => [i.number, i.text, i.id]),
    );
    // New items, not the baseline's own rows.
    expect(copied.some((i) => original.some((o) => o.id === i.id))).toBe(false);
    expect(original.every((i) => i.baselineItemId === null)).toBe(true);
    const log = (await t.as(g.leader.token).get(`/api/v1/rounds/${g.round.id}/audit-log`).expect(200)).body;
    expect(log.items.at(-1)).toMatchObject({ action: 'round.created' });
    expect(JSON.stringify(log.items.at(-1))).toContain(baseline.round.id);
  });

  it('an ordinary round shows baselineRoundId null and no item has a baseline', async () => {
    const round = await createRound(t);
    expect((round as { baselineRoundId?: unknown }).baselineRoundId).toBeNull();
    const form = await readForm(t, round.id);
    expect(form.themes.flatMap((th) => th.items).every((i) => i.baselineItemId === null)).toBe(true);
  });

  it('refuses a baseline that is not reported with 409 and creates nothing', async () => {
    const open = await buildRound(t);
    const before = await roundCount();
    const res = await t.admin
      .post('/api/v1/rounds', { title: 'G', organisation: 'O', purpose: 'P', baselineRoundId: open.round.id })
      .expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await roundCount()).toBe(before);
  });

  it('refuses an unknown baseline with 422 naming the field, without echoing it', async () => {
    const before = await roundCount();
    for (const id of ['no-such-round', 'Ｒ\u202e\u0301💥'.repeat(10)]) {
      const res = await t.admin
        .post('/api/v1/rounds', { title: 'G', organisation: 'O', purpose: 'P', baselineRoundId: id })
        .expect(422);
      expect(res.body.errors).toEqual([{ path: 'body/baselineRoundId', message: 'Intet auditforløb har dette id' }]);
      expect(JSON.stringify(res.body)).not.toContain(id);
    }
    await t.admin
      .post('/api/v1/rounds', { title: 'G', organisation: 'O', purpose: 'P', baselineRoundId: 'x'.repeat(101) })
      .expect(400);
    expect(await roundCount()).toBe(before);
  });

  it('only the admin creates a genaudit; PATCH cannot set a baseline', async () => {
    await t
      .as(baseline.leader.token)
      .post('/api/v1/rounds', { title: 'G', organisation: 'O', purpose: 'P', baselineRoundId: baseline.round.id })
      .expect(403);
    const round = await createRound(t);
    await t.admin.patch(`/api/v1/rounds/${round.id}`, { baselineRoundId: baseline.round.id }).expect(400);
    expect((await t.admin.get(`/api/v1/rounds/${round.id}`).expect(200)).body.baselineRoundId).toBeNull();
  });
});

describe('GET /rounds/{roundId}/comparison', () => {
  it('compares a genaudit whose form was edited in calibration, with exact figures', async () => {
    // Calibration: item 1 reworded, item 9 removed, a new item added to the first theme.
    const edit = async (g: BuiltRound) => {
      const [first, ...rest] = g.form.themes;
      if (!first) throw new Error('no theme');
      const edited = {
        developmentQuestion: g.form.developmentQuestion,
        themes: [
          {
            key: first.key,
            title: first.title,
            items: [
              { text: 'Er der aftalt en dato for opfølgning?' },
              ...first.items.map((i) => ({ id: i.id, text: i.number === 1 ? `${i.text} (præciseret)` : i.text })),
            ],
          },
          ...rest.map((th) => ({
            key: th.key,
            title: th.title,
            items: th.items.filter((i) => i.number !== 9).map((i) => ({ id: i.id, text: i.text })),
          })),
        ],
      };
      await t.as(g.leader.token).put(`/api/v1/rounds/${g.round.id}/form`, edited).expect(200);
      // Panelists may not look before discussion.
      await t
        .as(g.panelists[0]?.token ?? '')
        .get(`/api/v1/rounds/${g.round.id}/comparison`)
        .expect(403);
    };
    const baselineItem6 = baselineForm.themes.flatMap((th) => th.items).find((i) => i.number === 6);
    // Every case high on the baseline's item 6 (now number 7: the new item came first); item 2 all na.
    const g = await buildRound(t, {
      baselineRoundId: baseline.round.id,
      cases: 3,
      phase: 'discussion',
      inCalibration: edit,
      pattern: (_p, _c, n) => (n === 7 ? 'high' : n === 2 ? 'na' : n === 3 ? 'some' : 'low'),
    });
    const items = g.items;
    expect(items.find((i) => i.number === 7)?.text).toBe(baselineItem6?.text);
    const added = items.find((i) => i.text.startsWith('Er der aftalt'));
    expect(added?.baselineItemId).toBeNull();
    expect(items.filter((i) => i.baselineItemId !== null)).toHaveLength(8);

    // The baseline's udviklingsplan: "Varighed" chooses the second focus point's last
    // recommendation (item 6); "Formål" is put first and chooses both recommendations of the
    // first focus point (items 1 and 7, so each item once); the third chooses none.
    const [formaal, varighed] = baseline.focusPoints;
    const initiative = async (body: Record<string, unknown>) =>
      (await t.as(baseline.leader.token).post(`/api/v1/rounds/${baseline.round.id}/plan/initiatives`, body).expect(201))
        .body as { id: string };
    const i2 = await initiative({ title: 'Varighed', recommendationIds: [varighed?.recommendations[2]?.id] });
    const i1 = await initiative({
      title: 'Formål',
      recommendationIds: formaal?.recommendations.map((r) => r.id),
      position: 1,
    });
    const i3 = await initiative({ title: 'Uden anbefalinger' });

    const res = await t
      .as(g.panelists[0]?.token ?? '')
      .get(`/api/v1/rounds/${g.round.id}/comparison`)
      .expect(200);
    const body = res.body as {
      baselineRoundId: string;
      items: { itemId: string; baselineItemId: string; number: number; verdict: string }[];
      initiatives: unknown[];
    };
    expect(body.baselineRoundId).toBe(baseline.round.id);
    // Baseline items 1 and 7 are the genaudit's 2 (all na: not comparable) and 8 (baseline case
    // scores [2, 3], genaudit [1, 1, 1]: p = 1/10, no clear change); baseline item 6 is the 7.
    expect(body.initiatives).toEqual([
      {
        initiativeId: i1.id,
        number: 1,
        title: 'Formål',
        itemNumbers: [2, 8],
        verdicts: ['not_comparable', 'no_clear_change'],
      },
      { initiativeId: i2.id, number: 2, title: 'Varighed', itemNumbers: [7], verdicts: ['no_clear_change'] },
      { initiativeId: i3.id, number: 3, title: 'Uden anbefalinger', itemNumbers: [], verdicts: [] },
    ]);
    expect(body.items.find((i) => i.number === 8)).toMatchObject({
      baseline: { casesRated: 2, casesPositive: 2, mean: 2.5 },
      followUp: { casesRated: 3, casesPositive: 0, mean: 1 },
      difference: -1.5,
      pValue: 0.1,
      verdict: 'no_clear_change',
    });
    expect(body.items.map((i) => i.itemId)).toEqual(items.filter((i) => i.baselineItemId !== null).map((i) => i.id));
    const removed = baselineForm.themes.flatMap((th) => th.items).find((i) => i.number === 9);
    expect(body.items.some((i) => i.baselineItemId === removed?.id)).toBe(false);

    // Baseline item 6 case scores [1, 0]; genaudit [3, 3, 3]: difference 2.5, delta 1, p = 1/10.
    const six = body.items.find((i) => i.baselineItemId === baselineItem6?.id);
    expect(six).toEqual({
      itemId: items.find((i) => i.text === baselineItem6?.text)?.id,
      baselineItemId: baselineItem6?.id,
      number: 7,
      text: baselineItem6?.text,
      baseline: { casesRated: 2, casesPositive: 0, mean: 0.5 },
      followUp: { casesRated: 3, casesPositive: 3, mean: 3 },
      difference: 2.5,
      cliffsDelta: 1,
      pValue: 0.1,
      verdict: 'no_clear_change',
    });
    // Item 2: every genaudit rating na, so no case score: not comparable.
    const two = body.items.find((i) => i.number === 2);
    expect(two).toMatchObject({
      followUp: { casesRated: 0, casesPositive: 0, mean: null },
      difference: null,
      cliffsDelta: null,
      pValue: null,
      verdict: 'not_comparable',
    });
  });

  it('a round without a baseline has no comparison: 409 for staff, 403 for a panelist before discussion', async () => {
    await t.admin.get(`/api/v1/rounds/${baseline.round.id}/comparison`).expect(409);
    await t.as(baseline.referent.token).get(`/api/v1/rounds/${baseline.round.id}/comparison`).expect(409);
    const early = await buildRound(t);
    const res = await t
      .as(early.panelists[0]?.token ?? '')
      .get(`/api/v1/rounds/${early.round.id}/comparison`)
      .expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("is 404 for another round's member and for an unknown round, 401 without a token", async () => {
    const g = await genaudit(1);
    const other = await addMember(t, (await createRound(t)).id, 'referent', 'Anden referent');
    await t.as(other.token).get(`/api/v1/rounds/${g.round.id}/comparison`).expect(404);
    await t.admin.get('/api/v1/rounds/unknown/comparison').expect(404);
    await t.as(null).get(`/api/v1/rounds/${g.round.id}/comparison`).expect(401);
    await t.as(g.referent.token).get(`/api/v1/rounds/${g.round.id}/comparison`).expect(200);
  });
});

describe('who reads a genaudit’s comparison, phase by phase', () => {
  it('admin, leader and referent in every phase; panelists from discussion on', async () => {
    const g = await genaudit(1);
    const url = `/api/v1/rounds/${g.round.id}/comparison`;
    const seen: string[] = [];
    const check = async (phase: string, panelist: number) => {
      for (const [who, token] of [
        ['admin', null],
        ['leader', g.leader.token],
        ['referent', g.referent.token],
        ['panelist', g.panelists[0]?.token ?? ''],
      ] as const) {
        const res = await (token === null ? t.admin : t.as(token)).get(url);
        seen.push(`${phase} ${who} ${res.status}`);
      }
      expect(seen.slice(-4)).toEqual([
        `${phase} admin 200`,
        `${phase} leader 200`,
        `${phase} referent 200`,
        `${phase} panelist ${panelist}`,
      ]);
    };
    await check('calibration', 403);
    await transition(t, g.round.id, 'rating').expect(200);
    await check('rating', 403);
    await transition(t, g.round.id, 'discussion', true).expect(200);
    await check('discussion', 200);
    const fp = await addFocusPoint(t, g.referent.token, g.round.id, { title: 'Mål', discussion: 'Drøftelse.' });
    await addRecommendation(t, g.referent.token, g.round.id, fp.id, { text: 'Det anbefales, at målene følges op.' });
    await transition(t, g.round.id, 'follow_up').expect(200);
    await check('follow_up', 200);
    await transition(t, g.round.id, 'reported').expect(200);
    await check('reported', 200);
  });
});
