import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound, otherRoundToken, rate, rateGrid, SMALL } from '../helpers/rounds.js';
import { expectProblem, tokensFor, WHO, type Who } from '../helpers/expect.js';

let t: TestApp;
let otherToken: string;
let built: BuiltRound;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  otherToken = await otherRoundToken(t);
  built = await buildRound(t, { ...SMALL, panelists: 3, cases: 2 });
  await rateGrid(t, built);
});
afterAll(() => t.close());

const url = (roundId = built.round.id) => `/api/v1/rounds/${roundId}/results`;
const counts = (partial: Partial<Record<'high' | 'some' | 'low' | 'none' | 'na', number>>) => ({
  high: 0,
  some: 0,
  low: 0,
  none: 0,
  na: 0,
  ...partial,
});

/**
 * GRID, by hand (values high 3, some 2, low 1, none 0; na no value):
 *
 *            item 1            item 2             item 3
 *   Sag 1    3 3 2             3 1 0              na 2 2
 *   Sag 2    2 1 na            0 0 1              3 3 3
 */
describe('GET …/results — the hand-computed round', () => {
  let body: {
    completeness: unknown;
    cells: { caseId: string; itemId: string }[];
    items: { itemId: string }[];
    themes: unknown[];
    overall: { n: number; na: number; alpha: number };
  };
  beforeAll(async () => {
    body = (await t.as(built.leader.token).get(url()).expect(200)).body;
  });
  const ids = () => ({
    c1: built.cases[0]?.id,
    c2: built.cases[1]?.id,
    i1: built.items[0]?.id,
    i2: built.items[1]?.id,
    i3: built.items[2]?.id,
  });

  it('counts completeness: 2 cases × 3 items × 3 panelists, all received', () => {
    expect(body.completeness).toEqual({ expected: 18, received: 18 });
  });

  it('gives the cells in case order, then form order, with exact figures', () => {
    const { c1, c2, i1, i2, i3 } = ids();
    expect(body.cells).toEqual([
      {
        caseId: c1,
        itemId: i1,
        n: 3,
        na: 0,
        counts: counts({ high: 2, some: 1 }),
        median: 3,
        mean: 8 / 3,
        positiveShare: 1,
        disagreement: false,
      },
      {
        caseId: c1,
        itemId: i2,
        n: 3,
        na: 0,
        counts: counts({ high: 1, low: 1, none: 1 }),
        median: 1,
        mean: 4 / 3,
        positiveShare: 1 / 3,
        disagreement: true,
      },
      {
        caseId: c1,
        itemId: i3,
        n: 2,
        na: 1,
        counts: counts({ some: 2, na: 1 }),
        median: 2,
        mean: 2,
        positiveShare: 1,
        disagreement: false,
      },
      {
        caseId: c2,
        itemId: i1,
        n: 2,
        na: 1,
        counts: counts({ some: 1, low: 1, na: 1 }),
        median: 1.5,
        mean: 1.5,
        positiveShare: 0.5,
        disagreement: false,
      },
      {
        caseId: c2,
        itemId: i2,
        n: 3,
        na: 0,
        counts: counts({ low: 1, none: 2 }),
        median: 0,
        mean: 1 / 3,
        positiveShare: 0,
        disagreement: false,
      },
      {
        caseId: c2,
        itemId: i3,
        n: 3,
        na: 0,
        counts: counts({ high: 3 }),
        median: 3,
        mean: 3,
        positiveShare: 1,
        disagreement: false,
      },
    ]);
  });

  it('gives the items in form order with cases rated/positive, disagreement cases and ordinal alpha', () => {
    const { i1, i2, i3 } = ids();
    // Alpha checked against an independent implementation of Krippendorff (2011): exact fractions.
    expect(body.items).toEqual([
      {
        itemId: i1,
        number: 1,
        n: 5,
        na: 1,
        counts: counts({ high: 2, some: 2, low: 1, na: 1 }),
        median: 2,
        mean: 11 / 5,
        positiveShare: 4 / 5,
        casesRated: 2,
        casesPositive: 1,
        disagreementCases: 0,
        alpha: expect.closeTo(4 / 9, 12),
      },
      {
        itemId: i2,
        number: 2,
        n: 6,
        na: 0,
        counts: counts({ high: 1, low: 2, none: 3 }),
        median: 0.5,
        mean: 5 / 6,
        positiveShare: 1 / 6,
        casesRated: 2,
        casesPositive: 0,
        disagreementCases: 1,
        alpha: expect.closeTo(-1 / 36, 12),
      },
      {
        itemId: i3,
        number: 3,
        n: 5,
        na: 1,
        counts: counts({ high: 3, some: 2, na: 1 }),
        median: 3,
        mean: 13 / 5,
        positiveShare: 1,
        casesRated: 2,
        casesPositive: 2,
        disagreementCases: 0,
        alpha: 1,
      },
    ]);
  });

  it('sums the themes and the whole round', () => {
    expect(body.themes).toEqual([
      {
        key: 'a',
        n: 11,
        na: 1,
        counts: counts({ high: 3, some: 2, low: 3, none: 3, na: 1 }),
        mean: 16 / 11,
        positiveShare: 5 / 11,
      },
      { key: 'b', n: 5, na: 1, counts: counts({ high: 3, some: 2, na: 1 }), mean: 13 / 5, positiveShare: 1 },
    ]);
    expect(body.overall).toEqual({ n: 16, na: 2, alpha: expect.closeTo(907 / 1672, 12) });
  });

  it('answers the same figures to leader, referent and admin', async () => {
    for (const token of [built.referent.token, ADMIN_TOKEN]) {
      expect((await t.as(token).get(url()).expect(200)).body).toEqual(body);
    }
  });
});

describe('GET …/results — completeness, empty cells and blindness', () => {
  it('reports missing ratings and null figures for cells nobody rated', async () => {
    const partial = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    const [first] = partial.panelists;
    const target = {
      roundId: partial.round.id,
      caseId: partial.cases[0]?.id ?? '',
      itemId: partial.items[0]?.id ?? '',
    };
    if (first) await rate(t, first.token, target, 'na');
    const res = await t.admin.get(url(partial.round.id)).expect(200);
    expect(res.body.completeness).toEqual({ expected: 6, received: 1 });
    expect(res.body.cells[0]).toMatchObject({
      n: 0,
      na: 1,
      median: null,
      mean: null,
      positiveShare: null,
      disagreement: false,
    });
    expect(res.body.items[1]).toMatchObject({ n: 0, casesRated: 0, casesPositive: 0, alpha: null });
    expect(res.body.overall).toEqual({ n: 0, na: 1, alpha: null });
  });

  it('is for leader, referent and admin until discussion; panelists get 403', async () => {
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const expected: Record<Who, number> = {
      admin: 200,
      leader: 200,
      referent: 200,
      panelist: 403,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      const res = await t.as(tokens[who]).get(url());
      expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
      if (res.status !== 200) expectProblem(res, expected[who]);
    }
    expectProblem(await t.admin.get(url('no-such-round')), 404);
  });

  it('opens to panelists from discussion on', async () => {
    const done = await buildRound(t, { ...SMALL, panelists: 3, cases: 2 });
    await rateGrid(t, done);
    const panelist = done.panelists[2]?.token ?? '';
    expectProblem(await t.as(panelist).get(url(done.round.id)), 403);
    await transition(t, done.round.id, 'discussion').expect(200);
    const res = await t.as(panelist).get(url(done.round.id)).expect(200);
    expect(res.body.completeness).toEqual({ expected: 18, received: 18 });
    expect(res.body.overall).toMatchObject({ n: 16, na: 2 });
  });
});
