import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  areaKey,
  groupImprovementAreas,
  meetingOrderCells,
  meetingOrderItems,
  orderJustifications,
} from '../../src/domain/meeting-material.js';
import { ADMIN_TOKEN, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound, otherRoundToken, rateGrid, SMALL, SMALL_FORM } from '../helpers/rounds.js';
import { expectProblem, tokensFor, WHO, type Who } from '../helpers/expect.js';

const NAMES = ['Anna Jensen', 'Bo Holm', 'Cecilie Lund'];

let t: TestApp;
let otherToken: string;
let built: BuiltRound;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  otherToken = await otherRoundToken(t);
  built = await buildRound(t, { ...SMALL, panelists: 3, cases: 2, panelistNames: NAMES });
  await rateGrid(t, built);
  const answers = [
    [
      { area: '  Indsatsmål ', suggestion: 'Formulér målbare delmål.' },
      { area: 'Varighed', suggestion: 'Angiv forventet varighed.' },
    ],
    [{ area: 'INDSATSMÅL', suggestion: 'Angiv hvornår målene er nået.' }],
    [
      { area: 'indsatsmål', suggestion: 'Brug borgerens egne ord.' },
      { area: 'Borgerinddragelse', suggestion: 'Skriv borgerens bemærkninger ind.' },
    ],
  ];
  for (const [p, areas] of answers.entries()) {
    await t
      .as(built.panelists[p]?.token ?? '')
      .put(`/api/v1/rounds/${built.round.id}/development`, { areas })
      .expect(200);
  }
});
afterAll(() => t.close());

const url = (roundId = built.round.id) => `/api/v1/rounds/${roundId}/discussion`;

interface Body {
  completeness: { expected: number; received: number };
  items: {
    itemId: string;
    number: number;
    text: string;
    themeKey: string;
    themeTitle: string;
    disagreementCases: number;
    positiveShare: number | null;
    cells: {
      caseId: string;
      caseCode: string;
      disagreement: boolean;
      positiveShare: number | null;
      justifications: { rater: string; value: string; valueLabel: string; justification: string }[];
    }[];
  }[];
  development: { question: string; respondents: number; areas: { area: string; suggestions: string[] }[] };
}

describe('GET …/discussion', () => {
  let body: Body;
  beforeAll(async () => {
    body = (await t.as(built.referent.token).get(url()).expect(200)).body as Body;
  });

  it('orders the items: most disagreement first, then the lowest positive share', () => {
    // item 2: one cell with disagreement; item 1: positive share 4/5; item 3: 1.
    expect(body.items.map((item) => item.number)).toEqual([2, 1, 3]);
    expect(body.items[0]).toMatchObject({
      itemId: built.items[1]?.id,
      text: SMALL_FORM.themes[0]?.items[1]?.text,
      themeKey: 'a',
      themeTitle: 'Formål',
      disagreementCases: 1,
      positiveShare: 1 / 6,
      median: 0.5,
      casesPositive: 0,
    });
  });

  it('orders the cells within an item: disagreement first, then the lowest positive share, then case order', () => {
    const codes = body.items.map((item) =>
      item.cells.map((cell) => [cell.caseCode, cell.disagreement, cell.positiveShare]),
    );
    expect(codes).toEqual([
      [
        ['Sag 1', true, 1 / 3],
        ['Sag 2', false, 0],
      ],
      [
        ['Sag 2', false, 0.5],
        ['Sag 1', false, 1],
      ],
      [
        ['Sag 1', false, 1],
        ['Sag 2', false, 1],
      ],
    ]);
  });

  it('groups the justifications by case with value, label and an anonymous, stable rater label', () => {
    const item2 = body.items[0];
    expect(item2?.cells[0]?.justifications).toEqual([
      {
        rater: 'Paneldeltager 1',
        value: 'high',
        valueLabel: 'I høj grad',
        justification: 'Sag 1, punkt 2, vurdering 1: high.',
      },
      {
        rater: 'Paneldeltager 2',
        value: 'low',
        valueLabel: 'I mindre grad',
        justification: 'Sag 1, punkt 2, vurdering 2: low.',
      },
      {
        rater: 'Paneldeltager 3',
        value: 'none',
        valueLabel: 'Slet ikke',
        justification: 'Sag 1, punkt 2, vurdering 3: none.',
      },
    ]);
    // Item 3, Sag 1: the graded answers first, na last.
    const item3 = body.items[2];
    expect(item3?.cells[0]?.justifications.map((j) => [j.rater, j.value])).toEqual([
      ['Paneldeltager 2', 'some'],
      ['Paneldeltager 3', 'some'],
      ['Paneldeltager 1', 'na'],
    ]);
  });

  it('never names a panelist or exposes member ids', async () => {
    const text = JSON.stringify(body);
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const panelist of built.panelists) expect(text).not.toContain(panelist.id);
    // Stable: the same labels on every request.
    expect((await t.as(built.leader.token).get(url()).expect(200)).body).toEqual(body);
  });

  it('groups the development answers by area, trimmed and case-insensitively, without names', () => {
    expect(body.development).toEqual({
      question: SMALL_FORM.developmentQuestion,
      respondents: 3,
      areas: [
        {
          area: 'Indsatsmål',
          suggestions: ['Formulér målbare delmål.', 'Angiv hvornår målene er nået.', 'Brug borgerens egne ord.'],
        },
        { area: 'Varighed', suggestions: ['Angiv forventet varighed.'] },
        { area: 'Borgerinddragelse', suggestions: ['Skriv borgerens bemærkninger ind.'] },
      ],
    });
    expect(body.completeness).toEqual({ expected: 18, received: 18 });
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

  it('opens to panelists from discussion on, and shows unrated cells last', async () => {
    const sparse = await buildRound(t, { ...SMALL, panelists: 2, cases: 2 });
    // Only Sag 2, item 1 is rated (negatively): it comes first; cells without values last.
    const [first, second] = sparse.panelists;
    const body2 = { value: 'low', justification: 'Mangler mål.' };
    const path = `/api/v1/rounds/${sparse.round.id}/cases/${sparse.cases[1]?.id}/ratings/${sparse.items[0]?.id}`;
    await t
      .as(first?.token ?? '')
      .put(path, body2)
      .expect(200);
    await t
      .as(second?.token ?? '')
      .put(path, body2)
      .expect(200);
    expectProblem(await t.as(first?.token ?? '').get(url(sparse.round.id)), 403);
    await transition(t, sparse.round.id, 'discussion', true).expect(200);
    const res = await t
      .as(first?.token ?? '')
      .get(url(sparse.round.id))
      .expect(200);
    const view = res.body as Body;
    expect(view.items.map((item) => [item.number, item.positiveShare])).toEqual([
      [1, 0],
      [2, null],
      [3, null],
    ]);
    expect(view.items[0]?.cells.map((cell) => [cell.caseCode, cell.positiveShare])).toEqual([
      ['Sag 2', 0],
      ['Sag 1', null],
    ]);
    expect(view.development).toEqual({ question: SMALL_FORM.developmentQuestion, respondents: 0, areas: [] });
  });
});

describe('meeting order and area grouping (pure)', () => {
  it('puts disagreement first, then ascending positive share, nulls last, ties in given order', () => {
    const cells = [
      { id: 'a', disagreement: false, positiveShare: null },
      { id: 'b', disagreement: false, positiveShare: 0.5 },
      { id: 'c', disagreement: true, positiveShare: 0.6 },
      { id: 'd', disagreement: false, positiveShare: 0 },
      { id: 'e', disagreement: false, positiveShare: 0.5 },
      { id: 'f', disagreement: true, positiveShare: 0.4 },
    ];
    expect(meetingOrderCells(cells).map((c) => c.id)).toEqual(['f', 'c', 'd', 'b', 'e', 'a']);
  });

  it('orders items by disagreement cases descending, then positive share, nulls last', () => {
    const items = [
      { id: 1, disagreementCases: 0, positiveShare: null },
      { id: 2, disagreementCases: 1, positiveShare: 0.9 },
      { id: 3, disagreementCases: 2, positiveShare: 0.9 },
      { id: 4, disagreementCases: 0, positiveShare: 0.2 },
      { id: 5, disagreementCases: 1, positiveShare: 0.1 },
    ];
    expect(meetingOrderItems(items).map((i) => i.id)).toEqual([3, 5, 2, 4, 1]);
  });

  it('lists a cell’s justifications in the svarskala’s order, then by panelist', () => {
    const list = [
      { value: 'na', position: 1 },
      { value: 'low', position: 3 },
      { value: 'high', position: 4 },
      { value: 'low', position: 2 },
      { value: 'none', position: 5 },
      { value: 'some', position: 6 },
    ] as const;
    expect(orderJustifications(list).map((j) => `${j.value}${j.position}`)).toEqual([
      'high4',
      'some6',
      'low2',
      'low3',
      'none5',
      'na1',
    ]);
    expect(list[0].value).toBe('na'); // the input is left as it was
  });

  it('groups areas case-insensitively with collapsed whitespace, keeping the first spelling', () => {
    expect(areaKey('  Borger  Inddragelse ')).toBe('borger inddragelse');
    expect(
      groupImprovementAreas([
        [{ area: 'Mål', suggestion: ' a ' }],
        [
          { area: 'Varighed', suggestion: 'b' },
          { area: ' MÅL', suggestion: 'c' },
        ],
        [
          { area: 'varighed', suggestion: 'd' },
          { area: 'Økonomi', suggestion: 'e' },
        ],
      ]),
    ).toEqual([
      { area: 'Mål', suggestions: ['a', 'c'] },
      { area: 'Varighed', suggestions: ['b', 'd'] },
      { area: 'Økonomi', suggestions: ['e'] },
    ]);
  });
});
